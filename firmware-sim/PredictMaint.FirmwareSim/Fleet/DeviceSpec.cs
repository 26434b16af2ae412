using PredictMaint.FirmwareSim.Physics;

namespace PredictMaint.FirmwareSim.Fleet;

/// <summary>What one simulated purifier is: where it stands, how it is used, its filter and other components.</summary>
internal sealed record DeviceSpec(
    string SiteId,
    string DeviceId,
    string Model,
    UsageProfile Profile,
    double RatedFlowLitresPerMinute,
    FilterClogging Filter,
    double InitialFilteredLitres,
    int Seed,
    ComponentPlan Components);

using PredictMaint.FirmwareSim.Physics;

namespace PredictMaint.FirmwareSim.Fleet;

/// <summary>
/// Everything about one device beyond its filter, decided up front from the seed: pump, bearing,
/// membrane, feed water, injected faults and process episodes, and how maintenance responds.
/// </summary>
internal sealed record ComponentPlan
{
    public required PumpMotor Pump { get; init; }

    public required double PumpInitialDegradation { get; init; }

    /// <summary>When the pump seizes (a sudden failure), or null.</summary>
    public DateTimeOffset? PumpSeizureAt { get; init; }

    public required BearingWear Bearing { get; init; }

    /// <summary>Age of the installed bearing at the start of the run.</summary>
    public required TimeSpan BearingInitialAge { get; init; }

    public required MembraneRejection Membrane { get; init; }

    public required double MembraneInitialLitres { get; init; }

    public required double FeedTdsPpm { get; init; }

    public required IReadOnlyList<SensorFault> SensorFaults { get; init; }

    public required IReadOnlyList<ProcessEpisode> Episodes { get; init; }

    public required TimeZoneInfo TimeZone { get; init; }

    /// <summary>Local dates on which the site follows its profile's holiday pattern.</summary>
    public IReadOnlySet<DateOnly> Holidays { get; init; } = new HashSet<DateOnly>();

    /// <summary>Seed of the device's second random stream (everything the first release did not simulate).</summary>
    public required int PhysicsSeed { get; init; }

    /// <summary>Delay from a failure to the maintenance visit that fixes it; null: nobody comes.</summary>
    public TimeSpan? RepairDelay { get; init; }

    public bool ReplaceFilterAtEndOfLife { get; init; }

    /// <summary>Condition a serviced component is left in: 0 = as new, up to this share of its life used.</summary>
    public required double MaintenanceResidual { get; init; }
}

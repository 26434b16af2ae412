using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.FirmwareSim.GroundTruth;

namespace PredictMaint.FirmwareSim.Tests.Fleet;

/// <summary>The runner with one connection per device, through <see cref="FleetPublishingTests"/>.</summary>
public sealed class FleetRunnerTests : FleetPublishingTests
{
    private protected override Task<GroundTruthReport> RunAsync(FleetOptions options, int port, CancellationToken cancellationToken) =>
        new FleetRunner(options, Broker(port), TimeProvider.System).RunAsync(cancellationToken: cancellationToken);
}

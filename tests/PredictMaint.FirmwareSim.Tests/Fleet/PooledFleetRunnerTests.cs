using PredictMaint.FirmwareSim.Fleet;
using PredictMaint.FirmwareSim.GroundTruth;

namespace PredictMaint.FirmwareSim.Tests.Fleet;

/// <summary>The runner that carries many devices over few connections, through <see cref="FleetPublishingTests"/>.</summary>
public sealed class PooledFleetRunnerTests : FleetPublishingTests
{
    // Fewer connections than devices in every test, so devices share them.
    private const int Connections = 4;

    private protected override Task<GroundTruthReport> RunAsync(FleetOptions options, int port, CancellationToken cancellationToken) =>
        new PooledFleetRunner(options, Connections, Broker(port), TimeProvider.System).RunAsync(cancellationToken: cancellationToken);
}

using PredictMaint.Edge.Drills;

namespace PredictMaint.Edge.Tests.Queue;

public sealed class PowerCutDrillTests
{
    [Fact]
    public async Task RunAsync_TwentySigkillsDuringWrites_LosesAndCorruptsNothing()
    {
        using var directory = new TemporaryDirectory();
        var log = new StringWriter();
        var drill = new PowerCutDrill(directory.Path, ["dotnet", typeof(PowerCutDrill).Assembly.Location], log);

        var result = await drill.RunAsync(kills: 20, seed: 4);

        Assert.True(result.Lost == 0 && result.Corrupt == 0, $"{result}\n{log}");
        Assert.Equal(20, result.Kills);
        Assert.True(result.RecordsVerified > 0, log.ToString());
    }
}

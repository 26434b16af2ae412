using Microsoft.Extensions.Options;
using PredictMaint.Edge.Hosting;
using PredictMaint.Edge.Tests.Uplink;
using PredictMaint.Testing.Servers;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Edge.Tests.Hosting;

public sealed class EdgeHostTests
{
    [Fact]
    public async Task StartAsync_InvalidConfiguration_FailsNamingEverySetting()
    {
        await using var agent = new EdgeAgentHarness(1883, new Dictionary<string, string?>
        {
            ["Edge:Site"] = "not a site!",
            ["Uplink:MaxSamplesPerMessage"] = "0",
        });

        var error = await Assert.ThrowsAsync<AggregateException>(agent.StartAsync);

        Assert.Contains("Site must be", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxSamplesPerMessage", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_InvalidModbusRegisters_FailsNamingEachMistake()
    {
        await using var agent = new EdgeAgentHarness(1883, new Dictionary<string, string?>
        {
            ["Sampling:Source"] = "modbus",
            ["Modbus:Transport"] = "udp",
            ["Modbus:Registers:0:Name"] = "pressure_drop_psi",
            ["Modbus:Registers:0:Type"] = "int64",
            ["Modbus:Registers:1:Name"] = "flow_lpm",
            ["Modbus:Registers:1:Scale"] = "0",
        }, numberedChannel: false);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(agent.StartAsync);

        Assert.Contains("Transport must be one of: tcp, rtu.", error.Message, StringComparison.Ordinal);
        Assert.Contains("'pressure_drop_psi' is not a telemetry field", error.Message, StringComparison.Ordinal);
        Assert.Contains("Type must be one of: int16, uint16, int32, uint32, float32.", error.Message, StringComparison.Ordinal);
        Assert.Contains("'flow_lpm' needs a finite, non-zero Scale", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ModbusSourceWithoutRegisters_Fails()
    {
        await using var agent = new EdgeAgentHarness(1883, new Dictionary<string, string?>
        {
            ["Sampling:Source"] = "modbus",
            ["Modbus:RegisterMapFile"] = string.Empty, // appsettings.json names the shared map
        }, numberedChannel: false);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(agent.StartAsync);

        Assert.Contains("configure Registers or a RegisterMapFile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_RunningAgent_ReportsOnlineWithQueueAndSensors()
    {
        await using var broker = await MosquittoServer.StartNewAsync();
        await using var agent = new EdgeAgentHarness(broker.Port);
        await agent.StartAsync();

        // The first status may precede the first sample; the harness refreshes it every second.
        var (code, report) = await Eventually.WaitAsync(
            () =>
            {
                var output = new StringWriter();
                return Task.FromResult((HealthFile.Print(agent.QueueDirectory, TimeSpan.FromMinutes(1), TimeProvider.System, output), output.ToString()));
            },
            r => r.Item1 == 0 && r.Item2.Contains("sensor", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), "a fresh online health report with sensors");

        Assert.Equal(0, code);
        Assert.Contains("state         online", report, StringComparison.Ordinal);
        Assert.Contains("queue depth", report, StringComparison.Ordinal);
        Assert.Contains("sensor        flow_lpm: ok", report, StringComparison.Ordinal);
    }
}

using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PredictMaint.Edge.Hosting;
using PredictMaint.Edge.Queue;
using PredictMaint.Edge.Sampling;
using PredictMaint.Edge.Tests.Queue;

namespace PredictMaint.Edge.Tests.Uplink;

/// <summary>
/// The real agent host against a real broker, with one simulated channel: <c>flow_lpm</c> reads
/// 1, 2, 3, … so every sample is numbered and a receiver can tell exactly which are missing.
/// Without <c>numberedChannel</c> the configured <c>Sampling:Source</c> provides the channels.
/// </summary>
public sealed class EdgeAgentHarness : IAsyncDisposable
{
    public const string Site = "site-t";
    public const string Device = "dev-t";
    private readonly TemporaryDirectory _directory = new();
    private readonly IHost _host;
    private long _counter;

    public EdgeAgentHarness(int brokerPort, IReadOnlyDictionary<string, string?>? overrides = null, bool numberedChannel = true)
    {
        var builder = EdgeHost.CreateBuilder([]);
        var settings = new Dictionary<string, string?>
        {
            ["Edge:Site"] = Site,
            ["Edge:Device"] = Device,
            ["Mqtt:Port"] = brokerPort.ToString(CultureInfo.InvariantCulture),
            ["Mqtt:ClientId"] = $"edge-{Guid.NewGuid():N}",
            ["Queue:Directory"] = _directory.Path,
            ["Sampling:SampleInterval"] = "00:00:00.010",
            ["Uplink:MaxSamplesPerMessage"] = "20",
            ["Uplink:MaxBatchAge"] = "00:00:00.200",
            ["Uplink:ReconnectDelayMax"] = "00:00:00.500",
            ["Uplink:StatusInterval"] = "00:00:01",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        if (numberedChannel)
        {
            builder.Services.AddSingleton<IReadOnlyList<ISensorChannel>>([new DelegateSensorChannel("flow_lpm", () => Interlocked.Increment(ref _counter))]);
        }


        _host = builder.Build();
    }

    /// <summary>Samples taken so far (the last flow value read).</summary>
    public long SamplesTaken => Interlocked.Read(ref _counter);

    public IServiceProvider Services => _host.Services;

    public string QueueDirectory => _directory.Path;

    public DiskQueueLog Queue => _host.Services.GetRequiredService<DiskQueueLog>();

    private bool _started;

    public async Task StartAsync()
    {
        EdgeHost.ValidateConfiguration(_host.Services);
        await _host.StartAsync();
        _started = true;
    }

    public Task StopAsync() => _host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await _host.StopAsync();
        }

        _host.Dispose();
        _directory.Dispose();
    }
}

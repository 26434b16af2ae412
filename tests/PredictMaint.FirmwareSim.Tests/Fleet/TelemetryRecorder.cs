using System.Text.Json;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing.Servers;

namespace PredictMaint.FirmwareSim.Tests.Fleet;

/// <summary>
/// Subscribes to every device's telemetry and keeps what arrives, in arrival order. Its session is
/// persistent, like ingest's, so the broker keeps (and persists) its queue across a restart. Waiting
/// is on the arrivals themselves, not on a timer.
/// </summary>
internal sealed class TelemetryRecorder : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<(string Topic, TelemetryMessage Message)> _received = [];
    private readonly HashSet<(string DeviceId, long Sequence)> _distinct = [];
    private readonly List<(int Distinct, TaskCompletionSource Reached)> _waiters = [];
    private readonly MqttClient _client;

    private TelemetryRecorder(MqttClient client)
    {
        _client = client;
        _client.ApplicationMessageReceivedAsync += OnMessageAsync;
    }

    public IReadOnlyList<(string Topic, TelemetryMessage Message)> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    public static async Task<TelemetryRecorder> StartAsync(int port, CancellationToken cancellationToken)
    {
        var options = new MqttClientOptionsBuilder().WithTcpServer(MosquittoServer.Host, port).WithClientId("fleet-recorder")
            .WithCleanSession(false).WithAutoReconnect(true, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1)).Build();
        var recorder = new TelemetryRecorder(new MqttClient(options));
        await recorder._client.ConnectAsync(cancellationToken);
        await recorder._client.SubscribeAsync(Topics.AllTelemetry, MqttQualityOfService.AtLeastOnce, cancellationToken);
        return recorder;
    }

    /// <summary>Returns once <paramref name="distinct"/> different (device, sequence) pairs arrived; a redelivered message counts once.</summary>
    public async Task WaitForAsync(int distinct, TimeSpan timeout)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_distinct.Count >= distinct)
            {
                return;
            }

            _waiters.Add((distinct, reached));
        }

        try
        {
            await reached.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            lock (_gate)
            {
                throw new TimeoutException($"Waited {timeout} for {distinct} distinct telemetry messages; {_distinct.Count} arrived ({_received.Count} with redeliveries).");
            }
        }
    }

    public ValueTask DisposeAsync() => _client.DisposeAsync();

    private Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs args)
    {
        var message = JsonSerializer.Deserialize(args.ApplicationMessage.Payload.Span, ContractsJsonContext.Default.TelemetryMessage)!;
        lock (_gate)
        {
            _received.Add((args.ApplicationMessage.Topic, message));
            _distinct.Add((message.DeviceId, message.Sequence));
            foreach (var waiter in _waiters.Where(w => w.Distinct <= _distinct.Count).ToArray())
            {
                waiter.Reached.TrySetResult();
                _waiters.Remove(waiter);
            }
        }

        return Task.CompletedTask;
    }
}

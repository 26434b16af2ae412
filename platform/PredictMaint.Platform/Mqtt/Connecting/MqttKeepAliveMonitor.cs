using Microsoft.Extensions.Logging;
using PredictMaint.Platform.Mqtt.Packets;

namespace PredictMaint.Platform.Mqtt.Connecting;

/// <summary>
/// Sends PINGREQ while the link is quiet and declares the connection dead when nothing at all
/// has been received for 1.5 × keep-alive (the same grace the broker gives the client, §3.1.2.10).
/// </summary>
internal sealed class MqttKeepAliveMonitor : IAsyncDisposable
{
    private readonly MqttConnection _connection;
    private readonly TimeSpan _keepAlive;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private long _lastReceived;
    private long _lastSent;
    private Task _loop = Task.CompletedTask;

    public MqttKeepAliveMonitor(MqttConnection connection, TimeSpan keepAlive, TimeProvider timeProvider, ILogger logger)
    {
        _connection = connection;
        _keepAlive = keepAlive;
        _time = timeProvider;
        _logger = logger;
        _lastReceived = _lastSent = timeProvider.GetTimestamp();
    }

    public void OnBytesReceived() => Volatile.Write(ref _lastReceived, _time.GetTimestamp());

    public void OnBytesSent() => Volatile.Write(ref _lastSent, _time.GetTimestamp());

    public void Start()
    {
        if (_keepAlive > TimeSpan.Zero)
        {
            _loop = RunAsync(_stop.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopping is the normal end of the loop.
        }

        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var deadAfter = _keepAlive * 1.5;
        var pingAfter = _keepAlive / 2;
        var tick = TimeSpan.FromTicks(Math.Max(_keepAlive.Ticks / 8, TimeSpan.TicksPerMillisecond * 20));
        var lastPing = _time.GetTimestamp();
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(tick, _time, cancellationToken);
            var now = _time.GetTimestamp();
            var quietReceiving = _time.GetElapsedTime(Volatile.Read(ref _lastReceived), now);
            if (quietReceiving >= deadAfter)
            {
                _logger.KeepAliveTimeout(quietReceiving);
                _connection.Close(new TimeoutException(
                    $"No packet from the broker for {quietReceiving.TotalSeconds:0.0} s (keep-alive {_keepAlive.TotalSeconds:0} s); the connection is dead."));
                return;
            }

            // Ping when either direction is quiet: a client that only publishes QoS 0 receives
            // nothing otherwise and would declare a healthy connection dead.
            var quietSending = _time.GetElapsedTime(Volatile.Read(ref _lastSent), now);
            if ((quietReceiving >= pingAfter || quietSending >= pingAfter) && _time.GetElapsedTime(lastPing, now) >= pingAfter)
            {
                _connection.TrySend(MqttEmptyPacket.PingRequest);
                lastPing = now;
            }
        }
    }
}

using PredictMaint.Platform.Mqtt.Connecting;

namespace PredictMaint.Platform.Mqtt;

/// <summary>What happens after a connection ends: clean-up, then reconnect with backoff if enabled.</summary>
public sealed partial class MqttClient
{
    private async Task SuperviseAsync(MqttConnection connection, CancellationToken runToken)
    {
        var reason = await connection.Completion;
        _session.Deactivate(connection, reason);
        Interlocked.CompareExchange(ref _connection, null, connection);
        await connection.DisposeAsync();
        if (runToken.IsCancellationRequested)
        {
            return;
        }

        _logger.ConnectionLost(_options.Host, _options.Port, reason);
        if (!_options.AutoReconnect)
        {
            lock (_lifecycleLock)
            {
                _run?.Dispose();
                _run = null;
            }

            // Nothing will reconnect by itself: a QoS 1 publish still waiting for its PUBACK (or for room in
            // the in-flight window) would otherwise wait forever. It stays in the session and is sent again
            // if the caller connects again, so the broker may still get it: at least once, as MQTT promises.
            _session.Outgoing.FailAll(new MqttCommunicationException(
                "The connection was lost before the broker acknowledged the message, and automatic reconnect is off. It may or may not have arrived: connect again and publish it again (or use WithAutoReconnect).",
                reason ?? new OperationCanceledException()));
            _state.Set(MqttConnectionState.Disconnected, reason);
            return;
        }

        _state.Set(MqttConnectionState.Reconnecting, reason);
        for (var attempt = 0; !runToken.IsCancellationRequested; attempt++)
        {
            var delay = _reconnectPolicy.GetDelay(attempt);
            try
            {
                await Task.Delay(delay, _time, runToken);
                await EstablishAsync(runToken, runToken);
                return;
            }
            catch (OperationCanceledException) when (runToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                _logger.ReconnectFailed(attempt + 1, _reconnectPolicy.GetCeiling(attempt + 1), ex);
            }
        }
    }
}

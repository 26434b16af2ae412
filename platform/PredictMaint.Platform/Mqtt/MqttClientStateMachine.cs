using Microsoft.Extensions.Logging;

namespace PredictMaint.Platform.Mqtt;

/// <summary>Holds the connection state and raises the change event exactly once per change.</summary>
internal sealed class MqttClientStateMachine
{
    private readonly MqttClient _owner;
    private readonly ILogger _logger;
    private readonly Lock _lock = new();
    private MqttConnectionState _current = MqttConnectionState.Disconnected;

    public MqttClientStateMachine(MqttClient owner, ILogger logger)
    {
        _owner = owner;
        _logger = logger;
    }

    public MqttConnectionState Current
    {
        get
        {
            lock (_lock)
            {
                return _current;
            }
        }
    }

    public void Set(MqttConnectionState state, Exception? reason)
    {
        lock (_lock)
        {
            if (_current == state)
            {
                return;
            }

            _current = state;
        }

        try
        {
            _owner.RaiseConnectionStateChanged(new MqttConnectionStateChangedEventArgs(state, reason));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.StateHandlerFailed(ex);
        }
    }
}

namespace PredictMaint.Platform.Mqtt;

public sealed class MqttConnectionStateChangedEventArgs : EventArgs
{
    public MqttConnectionStateChangedEventArgs(MqttConnectionState state, Exception? reason)
    {
        State = state;
        Reason = reason;
    }

    public MqttConnectionState State { get; }

    /// <summary>Why the connection was lost or a connect failed; null for a requested change.</summary>
    public Exception? Reason { get; }
}

using PredictMaint.Platform.Mqtt.Receiving;

namespace PredictMaint.Platform.Mqtt;

/// <summary>
/// One received message. Set <see cref="AutoAcknowledge"/> to false in the handler to send the
/// PUBACK later through <see cref="AcknowledgeAsync"/>, e.g. after the message is stored durably.
/// </summary>
public sealed class MqttApplicationMessageReceivedEventArgs : EventArgs
{
    private readonly IMqttIncomingAcknowledger? _acknowledger;
    private readonly Func<CancellationToken, Task>? _acknowledge;
    private readonly long _connectionGeneration;
    private readonly ushort _packetId;
    private int _acknowledged;

    /// <summary>For consumers' own tests: <paramref name="acknowledge"/> stands in for sending the PUBACK.</summary>
    public MqttApplicationMessageReceivedEventArgs(MqttApplicationMessage applicationMessage, Func<CancellationToken, Task>? acknowledge = null)
    {
        ArgumentNullException.ThrowIfNull(applicationMessage);
        ApplicationMessage = applicationMessage;
        _acknowledge = acknowledge;
    }

    internal MqttApplicationMessageReceivedEventArgs(
        MqttApplicationMessage applicationMessage,
        bool isDuplicate,
        ushort packetId,
        long connectionGeneration,
        IMqttIncomingAcknowledger? acknowledger)
    {
        ApplicationMessage = applicationMessage;
        IsDuplicate = isDuplicate;
        _packetId = packetId;
        _connectionGeneration = connectionGeneration;
        _acknowledger = acknowledger;
    }

    public MqttApplicationMessage ApplicationMessage { get; }

    /// <summary>The broker flagged it DUP: it may have been delivered before.</summary>
    public bool IsDuplicate { get; }

    /// <summary>When true (the default) the client acknowledges the message once the handler returns.</summary>
    public bool AutoAcknowledge { get; set; } = true;

    /// <summary>
    /// Queues the PUBACK (QoS 1; nothing for QoS 0). Safe from any thread and more than once.
    /// A no-op when the message came on an earlier connection: the broker will deliver it again.
    /// </summary>
    public Task AcknowledgeAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Interlocked.Exchange(ref _acknowledged, 1) != 0)
        {
            return Task.CompletedTask;
        }

        _acknowledger?.Acknowledge(_connectionGeneration, _packetId);
        return _acknowledge?.Invoke(cancellationToken) ?? Task.CompletedTask;
    }
}

using Microsoft.Extensions.Logging;
using PredictMaint.Platform.Mqtt.Formatter;
using PredictMaint.Platform.Mqtt.Packets;

namespace PredictMaint.Platform.Mqtt.Connecting;

/// <summary>Opens the transport, sends CONNECT and waits for an accepting CONNACK within the connect timeout.</summary>
internal static class MqttConnector
{
    public static async Task<(MqttConnection Connection, MqttConnAckPacket ConnAck)> ConnectAsync(
        MqttClientOptions options,
        IMqttPacketCodec codec,
        IMqttPacketReceiver receiver,
        long generation,
        TimeProvider timeProvider,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.ConnectTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        MqttConnection? connection = null;
        try
        {
            var stream = await MqttTransport.OpenAsync(options, linked.Token);
            connection = new MqttConnection(stream, codec, options, receiver, generation, timeProvider, logger);
            connection.Start();
            connection.TrySend(CreateConnectPacket(options));
            var connAck = await connection.ConnAck.WaitAsync(linked.Token);
            if (connAck.ReturnCode != MqttConnectReturnCode.Accepted)
            {
                throw new MqttConnectException(connAck.ReturnCode);
            }

            return (connection, connAck);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            await DisposeAsync(connection);
            throw new TimeoutException($"No CONNACK from {options.Host}:{options.Port} within {options.ConnectTimeout}.", ex);
        }
        catch
        {
            await DisposeAsync(connection);
            throw;
        }
    }

    private static MqttConnectPacket CreateConnectPacket(MqttClientOptions options) => new(
        options.ClientId,
        options.Username,
        options.PasswordProvider is { } password ? password() : options.Password,
        options.CleanSession,
        (ushort)options.KeepAlive.TotalSeconds,
        options.Will,
        options.ProtocolVersion);

    private static async Task DisposeAsync(MqttConnection? connection)
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
    }
}

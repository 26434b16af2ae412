using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PredictMaint.Platform.Mqtt.Connecting;
using PredictMaint.Platform.Mqtt.Formatter;
using PredictMaint.Platform.Mqtt.Packets;
using PredictMaint.Platform.Mqtt.Receiving;
using PredictMaint.Platform.Mqtt.Session;

namespace PredictMaint.Platform.Mqtt;

/// <summary>
/// MQTT 3.1.1 client: QoS 0/1 publish with an in-flight window, subscriptions, manual
/// acknowledgement of received messages, keep-alive and automatic reconnect.
/// The pieces live in <see cref="Connecting"/>, <see cref="Session"/>, <see cref="Receiving"/> and <see cref="Formatter"/>.
/// </summary>
public sealed partial class MqttClient : IAsyncDisposable, IMqttPacketReceiver, IMqttIncomingAcknowledger
{
    private readonly MqttClientOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly IMqttPacketCodec _codec;
    private readonly MqttSession _session;
    private readonly MqttIncomingDispatcher _dispatcher;
    private readonly MqttReconnectPolicy _reconnectPolicy;
    private readonly MqttClientStateMachine _state;
    private readonly Lock _lifecycleLock = new();
    private CancellationTokenSource? _run;
    private MqttConnection? _connection;
    private Task _supervisor = Task.CompletedTask;
    private long _generation;
    private bool _disposed;

    public MqttClient(MqttClientOptions options, ILogger<MqttClient>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _time = timeProvider ?? TimeProvider.System;
        _codec = MqttPacketCodecFactory.Create(options.ProtocolVersion);
        _session = new MqttSession(options, _logger);
        _dispatcher = new MqttIncomingDispatcher(InvokeHandlersAsync, this, options.MaxQueuedAtMostOnceMessages, _logger);
        _reconnectPolicy = new MqttReconnectPolicy(options.ReconnectDelayMin, options.ReconnectDelayMax);
        _state = new MqttClientStateMachine(this, _logger);
    }

    public event Func<MqttApplicationMessageReceivedEventArgs, Task>? ApplicationMessageReceivedAsync;

    public event EventHandler<MqttConnectionStateChangedEventArgs>? ConnectionStateChanged;

    public MqttClientOptions Options => _options;

    public MqttConnectionState State => _state.Current;

    public bool IsConnected => State == MqttConnectionState.Connected;

    /// <summary>QoS 0 messages dropped because the handler fell behind by more than the configured cap.</summary>
    public long DroppedAtMostOnceMessageCount => _dispatcher.DroppedAtMostOnceCount;

    /// <summary>QoS 1 publishes sent or queued but not yet acknowledged by the broker.</summary>
    public int OutgoingInFlightCount => _session.Outgoing.Count;

    public async Task<MqttConnectResult> ConnectAsync(CancellationToken cancellationToken = default)
    {
        CancellationToken runToken;
        lock (_lifecycleLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_run is not null)
            {
                throw new InvalidOperationException($"The MQTT client is already {State}; call DisconnectAsync first.");
            }

            _run = new CancellationTokenSource();
            runToken = _run.Token;
        }

        _state.Set(MqttConnectionState.Connecting, null);
        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, runToken);
            return await EstablishAsync(linked.Token, runToken);
        }
        catch (Exception ex)
        {
            lock (_lifecycleLock)
            {
                _run?.Dispose();
                _run = null;
            }

            _state.Set(MqttConnectionState.Disconnected, ex);
            throw;
        }
    }

    public async Task DisconnectAsync(CancellationToken cancellationToken = default)
    {
        CancellationTokenSource? run;
        MqttConnection? connection;
        lock (_lifecycleLock)
        {
            (run, _run) = (_run, null);
            connection = _connection;
        }

        if (run is null)
        {
            return;
        }

        await run.CancelAsync();
        await CloseGracefullyAsync(connection, cancellationToken);
        await _supervisor.WaitAsync(cancellationToken);

        // A reconnect that completed just before the cancellation leaves a fresh connection behind.
        if (Volatile.Read(ref _connection) is { } late && late != connection)
        {
            await CloseGracefullyAsync(late, cancellationToken);
            await _supervisor.WaitAsync(cancellationToken);
        }

        run.Dispose();
        _state.Set(MqttConnectionState.Disconnected, null);
    }

    public Task PublishAsync(MqttApplicationMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ObjectDisposedException.ThrowIf(_disposed, this);
        MqttTopicFilter.ValidateTopicName(message.Topic);
        if (message.QualityOfService == MqttQualityOfService.ExactlyOnce)
        {
            throw new NotSupportedException("QoS 2 (exactly once) is not implemented yet; publish with QoS 1 and make the consumer idempotent.");
        }

        var size = _codec.GetEncodedSize(MqttPublishPacket.From(message, 1));
        if (size > _options.MaxPacketSizeBytes)
        {
            throw new ArgumentException($"The message encodes to {size} bytes, more than MaxPacketSizeBytes ({_options.MaxPacketSizeBytes}).", nameof(message));
        }

        if (_run is null)
        {
            throw new MqttCommunicationException("The MQTT client is not connected; call ConnectAsync first.");
        }

        return _session.PublishAsync(message, cancellationToken);
    }

    public async Task SubscribeAsync(string topicFilter, MqttQualityOfService qualityOfService, CancellationToken cancellationToken = default)
    {
        MqttTopicFilter.ValidateFilter(topicFilter);
        if (qualityOfService == MqttQualityOfService.ExactlyOnce)
        {
            throw new NotSupportedException("QoS 2 subscriptions are not implemented yet; subscribe with QoS 1.");
        }

        var subAck = await _session.SubscribeAsync(RequireConnection(), [new(topicFilter, qualityOfService)], cancellationToken);
        if (subAck.ReturnCodes[0] == MqttSubAckPacket.Failure)
        {
            throw new MqttSubscribeException(topicFilter, $"The broker refused the subscription to '{topicFilter}' (0x80). Check the broker's ACL for this client.");
        }

        _session.Subscriptions.Add(topicFilter, qualityOfService);
    }

    public async Task UnsubscribeAsync(string topicFilter, CancellationToken cancellationToken = default)
    {
        MqttTopicFilter.ValidateFilter(topicFilter);
        _session.Subscriptions.Remove(topicFilter);
        await _session.UnsubscribeAsync(RequireConnection(), topicFilter, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        lock (_lifecycleLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        try
        {
            await DisconnectAsync();
        }
        catch (Exception ex) when (ex is MqttCommunicationException or OperationCanceledException)
        {
            // Best effort on the way out.
        }

        _session.Outgoing.FailAll(new ObjectDisposedException(nameof(MqttClient)));
        await _dispatcher.DisposeAsync();
    }

    void IMqttPacketReceiver.OnPacketReceived(MqttConnection connection, MqttPacket packet)
    {
        switch (packet)
        {
            case MqttPublishPacket { QualityOfService: MqttQualityOfService.ExactlyOnce }:
                throw new MqttProtocolException("The broker sent a QoS 2 PUBLISH although no QoS 2 subscription exists.");
            case MqttPublishPacket publish:
                _dispatcher.Enqueue(publish, connection.Generation);
                break;
            case MqttEmptyPacket { Type: MqttPacketType.PingResp }:
                break;
            default:
                _session.OnAcknowledgement(packet);
                break;
        }
    }

    void IMqttIncomingAcknowledger.Acknowledge(long connectionGeneration, ushort packetId)
    {
        var connection = Volatile.Read(ref _connection);
        if (connection is not null && connection.Generation == connectionGeneration)
        {
            connection.TrySend(new MqttAcknowledgementPacket(MqttPacketType.PubAck, packetId));
        }
    }

    /// <summary>Drops the socket without DISCONNECT, as a crash or network loss would (the broker then publishes the will).</summary>
    internal void AbortConnection() => Volatile.Read(ref _connection)?.Close(new MqttCommunicationException("The connection was aborted."));

    internal void RaiseConnectionStateChanged(MqttConnectionStateChangedEventArgs args) => ConnectionStateChanged?.Invoke(this, args);

    private async Task<MqttConnectResult> EstablishAsync(CancellationToken cancellationToken, CancellationToken runToken)
    {
        var generation = Interlocked.Increment(ref _generation);
        var (connection, connAck) = await MqttConnector.ConnectAsync(_options, _codec, this, generation, _time, _logger, cancellationToken);
        Volatile.Write(ref _connection, connection);
        try
        {
            if (!connAck.SessionPresent)
            {
                await RestoreSubscriptionsAsync(connection, cancellationToken);
            }

            _session.Activate(connection, connAck.SessionPresent);
            connection.KeepAlive.Start();
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        _logger.Connected(_options.Host, _options.Port, _options.ClientId, connAck.SessionPresent);
        _state.Set(MqttConnectionState.Connected, null);
        _supervisor = SuperviseAsync(connection, runToken);
        return new MqttConnectResult(connAck.SessionPresent);
    }

    private async Task RestoreSubscriptionsAsync(MqttConnection connection, CancellationToken cancellationToken)
    {
        var subscriptions = _session.Subscriptions.Snapshot();
        if (subscriptions.Count == 0)
        {
            return;
        }

        var subAck = await _session.SubscribeAsync(connection, subscriptions, cancellationToken);
        for (var i = 0; i < subscriptions.Count; i++)
        {
            if (subAck.ReturnCodes[i] == MqttSubAckPacket.Failure)
            {
                _logger.ResubscribeRefused(subscriptions[i].TopicFilter);
            }
        }

        _logger.Resubscribed(subscriptions.Count);
    }

    private async Task CloseGracefullyAsync(MqttConnection? connection, CancellationToken cancellationToken)
    {
        if (connection is null)
        {
            return;
        }

        try
        {
            // Bounded: a frozen broker with a full socket buffer must not hold up shutdown.
            await connection.SendAsync(MqttEmptyPacket.Disconnect, cancellationToken).WaitAsync(_options.ConnectTimeout, _time, cancellationToken);
        }
        catch (Exception ex) when (ex is MqttCommunicationException or TimeoutException)
        {
            // Already gone or stuck: nothing left to say goodbye to.
        }

        connection.Close(null);
    }

    private MqttConnection RequireConnection() =>
        _session.Active ?? throw new MqttCommunicationException($"The MQTT client is not connected (state {State}).");

    private Task InvokeHandlersAsync(MqttApplicationMessageReceivedEventArgs args) =>
        MqttHandlerInvoker.InvokeAllAsync(ApplicationMessageReceivedAsync, args);
}

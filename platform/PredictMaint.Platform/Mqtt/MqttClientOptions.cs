namespace PredictMaint.Platform.Mqtt;

/// <summary>Validated client settings; create them with <see cref="MqttClientOptionsBuilder"/>.</summary>
public sealed class MqttClientOptions
{
    public const int DefaultMaxOutgoingInFlight = 100;
    public const int DefaultMaxPacketSizeBytes = 1024 * 1024;
    public const int DefaultMaxQueuedAtMostOnceMessages = 10_000;

    internal MqttClientOptions()
    {
    }

    public MqttProtocolVersion ProtocolVersion { get; internal init; } = MqttProtocolVersion.V311;

    public string Host { get; internal init; } = "127.0.0.1";

    public int Port { get; internal init; } = 1883;

    public string ClientId { get; internal init; } = string.Empty;

    public string? Username { get; internal init; }

    public string? Password { get; internal init; }

    /// <summary>Asked for the password at every connect (a token that expires, e.g. an Azure IoT Hub SAS token); overrides <see cref="Password"/>.</summary>
    public Func<string>? PasswordProvider { get; internal init; }

    public bool CleanSession { get; internal init; } = true;

    /// <summary>Zero disables keep-alive (and dead-connection detection).</summary>
    public TimeSpan KeepAlive { get; internal init; } = TimeSpan.FromSeconds(30);

    public MqttApplicationMessage? Will { get; internal init; }

    public MqttTlsOptions? Tls { get; internal init; }

    /// <summary>Unacknowledged QoS 1 publishes at once; <c>PublishAsync</c> waits for a free slot.</summary>
    public int MaxOutgoingInFlight { get; internal init; } = DefaultMaxOutgoingInFlight;

    /// <summary>Largest packet sent or accepted (fixed header included).</summary>
    public int MaxPacketSizeBytes { get; internal init; } = DefaultMaxPacketSizeBytes;

    /// <summary>QoS 0 messages waiting for the handler before new ones are dropped.</summary>
    public int MaxQueuedAtMostOnceMessages { get; internal init; } = DefaultMaxQueuedAtMostOnceMessages;

    public TimeSpan ConnectTimeout { get; internal init; } = TimeSpan.FromSeconds(10);

    public bool AutoReconnect { get; internal init; }

    public TimeSpan ReconnectDelayMin { get; internal init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan ReconnectDelayMax { get; internal init; } = TimeSpan.FromSeconds(30);
}

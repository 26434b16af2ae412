namespace PredictMaint.Platform.Mqtt;

/// <summary>TLS settings; PEM files on disk, as Mosquitto and most brokers are configured.</summary>
public sealed class MqttTlsOptions
{
    /// <summary>CA certificate(s) (PEM) the server chain must end in; null uses the system trust store.</summary>
    public string? CaCertificateFile { get; init; }

    /// <summary>Client certificate (PEM) for mutual TLS; requires <see cref="ClientKeyFile"/>.</summary>
    public string? ClientCertificateFile { get; init; }

    /// <summary>Private key (PEM) of the client certificate.</summary>
    public string? ClientKeyFile { get; init; }

    /// <summary>Name the server certificate must carry; defaults to the host.</summary>
    public string? TargetHost { get; init; }

    /// <summary>Accepts any server certificate. For tests only.</summary>
    public bool AllowUntrustedCertificates { get; init; }
}

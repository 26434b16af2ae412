using System.ComponentModel.DataAnnotations;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Platform.Configuration;

/// <summary>Configuration section <c>Mqtt</c>: how a service reaches the broker.</summary>
public sealed class MqttSettings
{
    public const string SectionName = "Mqtt";

    [Required]
    public string Host { get; set; } = "127.0.0.1";

    [Range(1, 65535)]
    public int Port { get; set; } = 1883;

    /// <summary>Stable per instance, so a persistent session survives restarts.</summary>
    [Required]
    [StringLength(64, MinimumLength = 1)]
    public string ClientId { get; set; } = "pm-service";

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>PEM file of the CA that signed the broker's certificate; enables TLS when set.</summary>
    public string? CaCertificateFile { get; set; }

    /// <summary>PEM client certificate for mutual TLS (needs <see cref="ClientKeyFile"/>); enables TLS when set.</summary>
    public string? ClientCertificateFile { get; set; }

    /// <summary>PEM private key of <see cref="ClientCertificateFile"/>.</summary>
    public string? ClientKeyFile { get; set; }

    /// <summary>TLS against the system trust store when no <see cref="CaCertificateFile"/> is given (a public broker, Azure IoT Hub).</summary>
    public bool UseTls { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan KeepAlive { get; set; } = TimeSpan.FromSeconds(15);

    public MqttClientOptionsBuilder ToBuilder()
    {
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer(Host, Port)
            .WithClientId(ClientId)
            .WithKeepAlive(KeepAlive)
            .WithAutoReconnect(true);
        if (Username is not null)
        {
            builder.WithCredentials(Username, Password);
        }

        if (UseTls || CaCertificateFile is not null || ClientCertificateFile is not null)
        {
            builder.WithTls(new MqttTlsOptions
            {
                CaCertificateFile = CaCertificateFile, ClientCertificateFile = ClientCertificateFile, ClientKeyFile = ClientKeyFile, TargetHost = Host,
            });
        }

        return builder;
    }
}

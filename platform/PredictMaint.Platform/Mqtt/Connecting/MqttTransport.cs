using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace PredictMaint.Platform.Mqtt.Connecting;

/// <summary>Opens the byte stream to the broker: TCP, optionally wrapped in TLS.</summary>
internal static class MqttTransport
{
    public static async Task<Stream> OpenAsync(MqttClientOptions options, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(options.Host, options.Port, cancellationToken);
            var network = new NetworkStream(socket, ownsSocket: true);
            return options.Tls is null ? network : await AuthenticateAsync(network, options, options.Tls, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async Task<Stream> AuthenticateAsync(Stream inner, MqttClientOptions options, MqttTlsOptions tls, CancellationToken cancellationToken)
    {
        var ssl = new SslStream(inner, leaveInnerStreamOpen: false);
        try
        {
            var authentication = new SslClientAuthenticationOptions
            {
                TargetHost = tls.TargetHost ?? options.Host,
                RemoteCertificateValidationCallback = MqttCertificateValidator.Create(tls),
            };
            if (tls.ClientCertificateFile is not null && tls.ClientKeyFile is not null)
            {
                authentication.ClientCertificates = [X509Certificate2.CreateFromPemFile(tls.ClientCertificateFile, tls.ClientKeyFile)];
            }

            await ssl.AuthenticateAsClientAsync(authentication, cancellationToken);
            return ssl;
        }
        catch
        {
            await ssl.DisposeAsync();
            throw;
        }
    }
}

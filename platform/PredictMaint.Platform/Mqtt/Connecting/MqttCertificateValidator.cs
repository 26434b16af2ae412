using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace PredictMaint.Platform.Mqtt.Connecting;

/// <summary>Validates the broker's certificate against a private CA file, or the system store when none is given.</summary>
internal static class MqttCertificateValidator
{
    public static RemoteCertificateValidationCallback? Create(MqttTlsOptions tls)
    {
        if (tls.AllowUntrustedCertificates)
        {
            // Opt-in for tests against throwaway certificates; the option's name says what it does.
#pragma warning disable CA5359
            return static (_, _, _, _) => true;
#pragma warning restore CA5359
        }

        if (tls.CaCertificateFile is null)
        {
            return null;
        }

        var authorities = new X509Certificate2Collection();
        authorities.ImportFromPemFile(tls.CaCertificateFile);
        return (_, certificate, _, errors) => Validate(certificate, errors, authorities);
    }

    private static bool Validate(X509Certificate? certificate, SslPolicyErrors errors, X509Certificate2Collection authorities)
    {
        // Name mismatch or a missing certificate cannot be repaired by a private root.
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var serverCertificate = new X509Certificate2(certificate);
        return chain.Build(serverCertificate);
    }
}

using PredictMaint.Edge.AzureIotHub;
using PredictMaint.Edge.Tests.Features;

namespace PredictMaint.Edge.Tests.AzureIotHub;

public sealed class SasTokenTests
{
    private const string Key = "c2VjcmV0LWRldmljZS1rZXktZm9yLXRlc3RzLTEyMzQ="; // base64 of "secret-device-key-for-tests-1234"

    // Expected signature computed independently with
    // printf 'myhub.azure-devices.net%2Fdevices%2Fdevice1\n1700000000' | openssl dgst -sha256 -mac HMAC -macopt hexkey:<key hex> -binary | base64
    // → RBZkend2qGaal9NjGkeTYiUsqPOCOPpyjREG4GEYzac=
    [Fact]
    public void Create_DeviceResource_MatchesIndependentHmac()
    {
        var token = SasToken.Create("myhub.azure-devices.net/devices/device1", Key, DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));

        Assert.Equal(
            "SharedAccessSignature sr=myhub.azure-devices.net%2Fdevices%2Fdevice1&sig=RBZkend2qGaal9NjGkeTYiUsqPOCOPpyjREG4GEYzac%3D&se=1700000000",
            token);
    }

    [Fact]
    public void Create_WithPolicy_AppendsKeyName() =>
        Assert.EndsWith("&skn=iothubowner", SasToken.Create("myhub.azure-devices.net", Key, DateTimeOffset.FromUnixTimeSeconds(1), "iothubowner"), StringComparison.Ordinal);

    [Fact]
    public void Current_NearExpiry_RenewsBeforeItExpires()
    {
        var time = new ManualTimeProvider();
        var renewer = new SasTokenRenewer("myhub.azure-devices.net", "device1", Key, TimeSpan.FromHours(1), time);
        var first = renewer.Current();

        time.Advance(TimeSpan.FromMinutes(54));
        Assert.Same(first, renewer.Current());
        time.Advance(TimeSpan.FromMinutes(1));
        var renewed = renewer.Current();

        Assert.NotEqual(first, renewed);
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromHours(1), renewer.ExpiresAt);
    }
}

using PredictMaint.Ticketing.Web.Accounts;

namespace PredictMaint.Ticketing.Tests.Web.Accounts;

public sealed class PasswordHashingTests
{
    [Fact]
    public void Verify_RightPassword_True()
    {
        var hash = PasswordHashing.Hash("s3cret-enough", iterations: 1000);

        Assert.True(PasswordHashing.Verify("s3cret-enough", hash));
    }

    [Theory]
    [InlineData("s3cret-enougH")]
    [InlineData("")]
    [InlineData("s3cret-enough ")]
    public void Verify_WrongPassword_False(string attempt) =>
        Assert.False(PasswordHashing.Verify(attempt, PasswordHashing.Hash("s3cret-enough", iterations: 1000)));

    [Fact]
    public void Hash_SamePasswordTwice_DifferentSalts()
    {
        var first = PasswordHashing.Hash("same", iterations: 1000);
        var second = PasswordHashing.Hash("same", iterations: 1000);

        Assert.NotEqual(first, second);
        Assert.True(PasswordHashing.Verify("same", first) && PasswordHashing.Verify("same", second));
    }

    [Fact]
    public void Hash_Format_CarriesAlgorithmAndIterations()
    {
        var parts = PasswordHashing.Hash("x", iterations: 1234).Split('$');

        Assert.Equal(["pbkdf2-sha256", "1234"], parts[..2]);
        Assert.Equal(16, Convert.FromBase64String(parts[2]).Length);
        Assert.Equal(32, Convert.FromBase64String(parts[3]).Length);
    }

    /// <summary>Known answer: RFC 7914 §11's PBKDF2-HMAC-SHA256 vector (P="passwd", S="salt", c=1, dkLen=64), first 32 bytes.</summary>
    [Fact]
    public void Verify_Rfc7914Vector_True()
    {
        var salt = Convert.ToBase64String("salt"u8.ToArray());
        var expected = Convert.ToBase64String(Convert.FromHexString("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"));

        Assert.True(PasswordHashing.Verify("passwd", $"pbkdf2-sha256$1${salt}${expected}"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("pbkdf2-sha256$0$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$10$not base64$AAAA")]
    [InlineData("md5$1$AAAA$AAAA")]
    public void Verify_MalformedHash_FalseWithoutThrowing(string encoded) =>
        Assert.False(PasswordHashing.Verify("anything", encoded));
}

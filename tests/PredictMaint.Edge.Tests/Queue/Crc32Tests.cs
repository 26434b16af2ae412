using System.Text;
using PredictMaint.Edge.Queue;

namespace PredictMaint.Edge.Tests.Queue;

public sealed class Crc32Tests
{
    [Fact]
    public void Compute_CheckString_MatchesStandardCheckValue() =>
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));

    [Fact]
    public void Compute_InTwoParts_EqualsOnePass() =>
        Assert.Equal(Crc32.Compute(Encoding.ASCII.GetBytes("hello world")), Crc32.Compute(" world"u8, Crc32.Compute("hello"u8)));
}

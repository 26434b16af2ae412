using PredictMaint.Platform.Influx;

namespace PredictMaint.Platform.Tests.Influx;

public sealed class InfluxQlTests
{
    [Theory]
    [InlineData("device", "\"device\"")]
    [InlineData("my \"db\"", "\"my \\\"db\\\"\"")]
    [InlineData(@"a\b", "\"a\\\\b\"")]
    [InlineData("it's", "\"it's\"")]
    [InlineData("a\nb", "\"a\\nb\"")]
    public void QuoteIdentifier_SpecialCharacters_EscapesQuoteBackslashNewline(string identifier, string expected) =>
        Assert.Equal(expected, InfluxQl.QuoteIdentifier(identifier));

    [Theory]
    [InlineData("dev-1", "'dev-1'")]
    [InlineData("x' OR device =~ /.*/ --", "'x\\' OR device =~ /.*/ --'")]
    [InlineData(@"trailing\", @"'trailing\\'")]
    [InlineData("say \"hi\"", "'say \"hi\"'")]
    [InlineData("a\nb", "'a\\nb'")]
    [InlineData("tab\t", "'tab\t'")]
    [InlineData("", "''")]
    public void QuoteString_SpecialCharacters_EscapesQuoteBackslashNewline(string value, string expected) =>
        Assert.Equal(expected, InfluxQl.QuoteString(value));

    [Theory]
    [InlineData("a\rb")]
    [InlineData("a\0b")]
    public void QuoteString_CarriageReturnOrNul_Throws(string value) =>
        Assert.Throws<ArgumentException>(() => InfluxQl.QuoteString(value));

    [Fact]
    public void QuoteIdentifier_Empty_Throws() =>
        Assert.Throws<ArgumentException>(() => InfluxQl.QuoteIdentifier(string.Empty));
}

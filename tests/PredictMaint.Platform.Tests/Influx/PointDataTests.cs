using System.Text;
using PredictMaint.Platform.Influx;

namespace PredictMaint.Platform.Tests.Influx;

public sealed class PointDataTests
{
    private static readonly DateTimeOffset Instant = DateTimeOffset.FromUnixTimeMilliseconds(1465839830100).AddTicks(4002);

    [Theory]
    [InlineData("wea,ther", @"wea\,ther f=1i")]
    [InlineData("wea ther", @"wea\ ther f=1i")]
    [InlineData("wea=ther", "wea=ther f=1i")]
    [InlineData("wea\"ther", "wea\"ther f=1i")]
    [InlineData(@"wea\ther", @"wea\ther f=1i")]
    [InlineData("ü漢字🙂", "ü漢字🙂 f=1i")]
    public void ToLineProtocol_MeasurementWithSpecialCharacters_EscapesCommaAndSpace(string measurement, string expected) =>
        Assert.Equal(expected, PointData.Measurement(measurement).Field("f", 1L).ToLineProtocol());

    [Theory]
    [InlineData("location place", "us", @"m,location\ place=us f=1i")]
    [InlineData("location", "us,midwest", @"m,location=us\,midwest f=1i")]
    [InlineData("loc=ation", "us=mid west", @"m,loc\=ation=us\=mid\ west f=1i")]
    [InlineData("location", "\"quoted\"", "m,location=\"quoted\" f=1i")]
    [InlineData("location", @"back\slash", @"m,location=back\slash f=1i")]
    [InlineData("location", "tab\there", "m,location=tab\there f=1i")]
    public void ToLineProtocol_TagWithSpecialCharacters_EscapesCommaEqualsSpace(string key, string value, string expected) =>
        Assert.Equal(expected, PointData.Measurement("m").Tag(key, value).Field("f", 1L).ToLineProtocol());

    [Theory]
    [InlineData("temp=rature", @"m temp\=rature=1i")]
    [InlineData("temp rature", @"m temp\ rature=1i")]
    [InlineData("temp,rature", @"m temp\,rature=1i")]
    public void ToLineProtocol_FieldKeyWithSpecialCharacters_EscapesCommaEqualsSpace(string key, string expected) =>
        Assert.Equal(expected, PointData.Measurement("m").Field(key, 1L).ToLineProtocol());

    [Theory]
    [InlineData("too\"hot\"", "m s=\"too\\\"hot\\\"\"")]
    [InlineData(@"C:\temp\", "m s=\"C:\\\\temp\\\\\"")]
    [InlineData("line1\nline2", "m s=\"line1\nline2\"")]
    [InlineData("a, b=c", "m s=\"a, b=c\"")]
    [InlineData("", "m s=\"\"")]
    public void ToLineProtocol_StringField_EscapesQuoteAndBackslashOnly(string value, string expected) =>
        Assert.Equal(expected, PointData.Measurement("m").Field("s", value).ToLineProtocol());

    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(0.1, "0.1")]
    [InlineData(-0.0, "-0")]
    [InlineData(1e20, "1E+20")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157E+308")]
    [InlineData(5e-324, "5E-324")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    public void ToLineProtocol_FloatField_UsesShortestRoundTripInvariantText(double value, string expected) =>
        Assert.Equal($"m f={expected}", PointData.Measurement("m").Field("f", value).ToLineProtocol());

    [Fact]
    public void ToLineProtocol_TypedFields_FormatsIntegerBooleanInInsertionOrder() =>
        Assert.Equal(
            "m z=-9223372036854775808i,a=true,m=false",
            PointData.Measurement("m").Field("z", long.MinValue).Field("a", true).Field("m", false).ToLineProtocol());

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Field_NonFiniteDouble_Throws(double value) =>
        Assert.Throws<ArgumentException>(() => PointData.Measurement("m").Field("f", value));

    [Fact]
    public void Tag_UnsortedKeys_WritesSortedByKey() =>
        Assert.Equal(
            "m,a=1,b=2,c=3 f=1i",
            PointData.Measurement("m").Tag("c", "3").Tag("a", "1").Tag("b", "2").Field("f", 1L).ToLineProtocol());

    [Fact]
    public void Tag_KeysAroundSurrogatePair_SortsInUtf8ByteOrder() =>
        Assert.Equal(
            "m,\uFF21=1,🙂=2 f=1i",
            PointData.Measurement("m").Tag("🙂", "2").Tag("\uFF21", "1").Field("f", 1L).ToLineProtocol());

    [Fact]
    public void Tag_EmptyValue_OmitsOrRemovesTag()
    {
        var point = PointData.Measurement("m").Tag("a", "1").Tag("b", string.Empty).Field("f", 1L);
        Assert.Equal("m,a=1 f=1i", point.ToLineProtocol());
        Assert.Equal("m f=1i", point.Tag("a", string.Empty).ToLineProtocol());
    }

    [Fact]
    public void Builder_EachCall_ReturnsNewInstanceAndKeepsOriginal()
    {
        var original = PointData.Measurement("m").Field("f", 1L);
        var changed = original.Tag("t", "x").Field("f", 2L);
        Assert.Equal("m f=1i", original.ToLineProtocol());
        Assert.Equal("m,t=x f=2i", changed.ToLineProtocol());
    }

    [Theory]
    [InlineData(WritePrecision.Nanoseconds, "1465839830100400200")]
    [InlineData(WritePrecision.Microseconds, "1465839830100400")]
    [InlineData(WritePrecision.Milliseconds, "1465839830100")]
    [InlineData(WritePrecision.Seconds, "1465839830")]
    public void ToLineProtocol_Precision_ConvertsTimestamp(WritePrecision precision, string expected) =>
        Assert.Equal($"m f=1i {expected}", PointData.Measurement("m").Field("f", 1L).Timestamp(Instant).ToLineProtocol(precision));

    [Theory]
    [InlineData(WritePrecision.Nanoseconds, "-1500000000")]
    [InlineData(WritePrecision.Milliseconds, "-1500")]
    [InlineData(WritePrecision.Seconds, "-2")]
    public void ToLineProtocol_TimeBefore1970_RoundsDown(WritePrecision precision, string expected) =>
        Assert.Equal(
            $"m f=1i {expected}",
            PointData.Measurement("m").Field("f", 1L).Timestamp(DateTimeOffset.UnixEpoch.AddMilliseconds(-1500)).ToLineProtocol(precision));

    [Fact]
    public void Timestamp_OutsideInfluxRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PointData.Measurement("m").Timestamp(DateTimeOffset.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => PointData.Measurement("m").Timestamp(new DateTimeOffset(1600, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("#comment")]
    [InlineData("a\nb")]
    [InlineData("a\rb")]
    [InlineData("ends\\")]
    public void Measurement_Unwritable_Throws(string name) =>
        Assert.Throws<ArgumentException>(() => PointData.Measurement(name));

    [Theory]
    [InlineData("k", "a\nb")]
    [InlineData("k", "ends\\")]
    [InlineData("k", @"a\,b")]
    [InlineData("k", @"a\ b")]
    [InlineData(@"k\=", "v")]
    [InlineData("k\n", "v")]
    [InlineData("", "v")]
    [InlineData("time", "v")]
    public void Tag_Unwritable_Throws(string key, string value) =>
        Assert.Throws<ArgumentException>(() => PointData.Measurement("m").Tag(key, value));

    [Fact]
    public void Builder_UnpairedSurrogate_Throws()
    {
        // Built in code: xunit's test-case serialization would replace a lone surrogate with U+FFFD.
        var lone = new string('\uD800', 1);
        Assert.Throws<ArgumentException>(() => PointData.Measurement("m" + lone));
        Assert.Throws<ArgumentException>(() => PointData.Measurement("m").Tag("k", lone + "x"));
        Assert.Throws<ArgumentException>(() => PointData.Measurement("m").Field("s", "x" + lone));
    }

    [Theory]
    [InlineData("time")]
    [InlineData("ends\\")]
    [InlineData("")]
    public void Field_UnwritableKey_Throws(string key) =>
        Assert.Throws<ArgumentException>(() => PointData.Measurement("m").Field(key, 1L));

    [Fact]
    public void WriteLineProtocol_NoFields_Throws() =>
        Assert.Throws<InvalidOperationException>(() => PointData.Measurement("m").Tag("t", "x").WriteLineProtocol(new StringBuilder(), WritePrecision.Seconds));
}

using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Tests.Scoring;

public sealed class SeriesKeyTests
{
    [Fact]
    public void Tags_PlainKey_EveryTagAfterTheMeasurement()
    {
        var tags = SeriesKey.Tags("telemetry,device=pur-00001,model=aqua-400,site=site-001");

        Assert.Equal(
            new Dictionary<string, string> { ["device"] = "pur-00001", ["model"] = "aqua-400", ["site"] = "site-001" },
            tags);
    }

    [Fact]
    public void Tags_EscapedCommaEqualsSpaceAndBackslash_Unescaped()
    {
        var tags = SeriesKey.Tags(@"tele\,metry,device=a\,b,model=x\ y,site=s\=1,path=c:\\d");

        Assert.Equal(("a,b", "x y", "s=1", @"c:\d"), (tags["device"], tags["model"], tags["site"], tags["path"]));
    }

    [Fact]
    public void Tags_MeasurementOnly_NoTags() => Assert.Empty(SeriesKey.Tags("telemetry"));

    [Fact]
    public void DeviceFilter_TwoDevices_BoundParametersNotSyntax()
    {
        var (where, parameters) = DeviceFilter.For([new DeviceKey("site-1", "d' OR 1=1"), new DeviceKey("site-2", "b")]);

        Assert.Equal("(site = $s0 AND device = $d0) OR (site = $s1 AND device = $d1)", where);
        Assert.Equal(
            new Dictionary<string, object> { ["s0"] = "site-1", ["d0"] = "d' OR 1=1", ["s1"] = "site-2", ["d1"] = "b" },
            parameters);
    }
}

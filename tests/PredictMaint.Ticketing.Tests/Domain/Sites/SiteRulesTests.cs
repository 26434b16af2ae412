using PredictMaint.Ticketing.Domain.Sites;

namespace PredictMaint.Ticketing.Tests.Domain.Sites;

public sealed class SiteRulesTests
{
    internal static SiteDetails Valid => new("cust-1", "Golden Dragon Restaurant", "east", "Asia/Shanghai", 31.23, 121.47, "zh-CN", "owner@example.com", "+8613800138000");

    [Fact]
    public void Problems_ValidDetails_None() => Assert.Empty(SiteRules.Problems("site-1", Valid));

    [Theory]
    [InlineData("id")]
    [InlineData("customer_id")]
    [InlineData("customer_name")]
    [InlineData("region")]
    [InlineData("time_zone")]
    [InlineData("latitude")]
    [InlineData("longitude")]
    [InlineData("language")]
    [InlineData("email")]
    [InlineData("phone")]
    public void Problems_OneFieldWrong_NamesExactlyThatField(string field)
    {
        var details = field switch
        {
            "customer_id" => Valid with { CustomerId = " " },
            "customer_name" => Valid with { CustomerName = new string('x', 201) },
            "region" => Valid with { Region = string.Empty },
            "time_zone" => Valid with { TimeZoneId = "Mars/Olympus_Mons" },
            "latitude" => Valid with { Latitude = 91 },
            "longitude" => Valid with { Longitude = double.NaN },
            "language" => Valid with { Language = "fr" },
            "email" => Valid with { Email = "Owner <owner@example.com>" },
            "phone" => Valid with { Phone = "0800 123" },
            _ => Valid,
        };

        var problems = SiteRules.Problems(field == "id" ? "site/1" : "site-1", details);

        Assert.Equal([field], problems.Keys);
    }

    [Fact]
    public void Update_SameDetails_ChangesNothing()
    {
        var site = Site.Create("site-1", Valid);

        Assert.False(site.Update(Valid));
        Assert.True(site.Update(Valid with { Region = "north" }));
        Assert.Equal((2, "north"), (site.Version, site.Region));
    }
}

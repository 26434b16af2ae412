using System.ComponentModel.DataAnnotations;
using PredictMaint.Platform.Influx;

namespace PredictMaint.Platform.Tests.Influx;

public sealed class InfluxClientOptionsTests
{
    [Fact]
    public void Validate_V1WithDatabase_Passes() =>
        new InfluxClientOptions { Url = new Uri("http://127.0.0.1:8086/"), Database = "pm" }.Validate();

    [Theory]
    [InlineData("Database")]
    [InlineData("Username and Password")]
    [InlineData("Token")]
    [InlineData("Timeout")]
    [InlineData("Url")]
    public void Validate_Misconfigured_ThrowsNamingTheSetting(string setting)
    {
        var options = new InfluxClientOptions { Url = new Uri("http://127.0.0.1:8086/"), Database = "pm" };
        switch (setting)
        {
            case "Database": options.Database = string.Empty; break;
            case "Username and Password": options.Username = "u"; break;
            case "Token": options.ApiVersion = InfluxApiVersion.V2; options.Organization = "o"; options.Bucket = "b"; break;
            case "Timeout": options.Timeout = TimeSpan.Zero; break;
            default: options.Url = new Uri("ftp://host/"); break;
        }

        var exception = Assert.Throws<ValidationException>(options.Validate);
        Assert.Contains(setting.Split(' ')[0], exception.Message, StringComparison.Ordinal);
    }
}

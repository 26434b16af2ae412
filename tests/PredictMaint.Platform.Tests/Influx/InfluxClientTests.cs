using FsCheck.Fluent;
using PredictMaint.Platform.Influx;

namespace PredictMaint.Platform.Tests.Influx;

/// <summary>Against a real influxd 1.6: what goes in comes back byte-identical, and errors map to their types.</summary>
[Collection(InfluxServerGroup.Name)]
public sealed class InfluxClientTests(InfluxServerFixture fixture)
{
    private static readonly DateTimeOffset Start = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task PingAsync_RunningServer_Succeeds()
    {
        using var client = new InfluxClient(fixture.HttpClient, fixture.Options("unused"));
        await client.PingAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task WriteAsync_HostileTagAndStringValues_ReadBackByteIdentical(bool gzip)
    {
        using var client = await fixture.CreateClientWithDatabaseAsync(gzip);
        var values = HostileText.Examples
            .Concat(HostileText.Generator.Sample(200, 30))
            .Where(text => Accepts(() => PointData.Measurement("m").Tag("t", text)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var points = values.Select((value, i) => PointData.Measurement("hostile")
            .Tag("t", value)
            .Field("s", value + "\nnewline \"and\" \\ backslash")
            .Field("i", (long)i)
            .Timestamp(Start.AddSeconds(i))).ToList();

        await client.WriteAsync(points);

        var series = await client.QueryAsync("SELECT s, i FROM hostile GROUP BY t");
        Assert.Equal(values.Count, series.Count);
        foreach (var item in series)
        {
            var row = Assert.Single(item.Rows);
            var expected = values[(int)row.GetInt64("i")!.Value];
            Assert.Equal(expected, item.Tags["t"]);
            Assert.Equal(expected + "\nnewline \"and\" \\ backslash", row.GetString("s"));
        }
    }

    [Fact]
    public async Task WriteAsync_HostileMeasurementTagKeyAndFieldKey_ReadBackByteIdentical()
    {
        using var client = await fixture.CreateClientWithDatabaseAsync();
        foreach (var (text, i) in HostileText.Examples.Select((text, i) => (text, i)))
        {
            // Rejected names (see LineProtocolEscaper) and NUL (InfluxQL cannot quote it) fall back to plain names.
            var measurement = Accepts(() => PointData.Measurement($"m{i} {text}")) && !text.Contains('\0', StringComparison.Ordinal) ? $"m{i} {text}" : $"m{i}";
            var fieldKey = Accepts(() => PointData.Measurement("m").Field("f " + text, 1L)) ? "f " + text : "f";
            var tagKey = Accepts(() => PointData.Measurement("m").Tag("k " + text, "v")) ? "k " + text : "k";
            await client.WriteAsync([PointData.Measurement(measurement).Tag(tagKey, "v").Field(fieldKey, 1.5).Timestamp(Start)]);

            var result = await client.QueryAsync($"SELECT * FROM {InfluxQl.QuoteIdentifier(measurement)}");
            Assert.True(result.Count == 1, $"No series for measurement [{measurement}]");
            var series = result[0];
            Assert.Equal(measurement, series.Name);
            Assert.Equal(new[] { fieldKey, tagKey }.Order(StringComparer.Ordinal).Prepend("time"), series.Columns);
            Assert.Equal(1.5, Assert.Single(series.Rows).GetDouble(fieldKey));
        }
    }

    [Theory]
    [InlineData("x' OR device =~ /.*/ --")]
    [InlineData("\"; DROP DATABASE placeholder; --")]
    [InlineData("dev-a' OR device = 'dev-b")]
    [InlineData(@"x\' OR 1=1 OR device = \'dev-a")]
    public async Task QueryAsync_HostileDeviceId_ReturnsOnlyThatDevice(string hostileId)
    {
        using var client = await fixture.CreateClientWithDatabaseAsync();
        var database = (await client.QueryAsync("SHOW DATABASES")).Single().Rows.Select(r => r.GetString("name")).Last()!;
        hostileId = hostileId.Replace("placeholder", InfluxQl.QuoteIdentifier(database), StringComparison.Ordinal);
        await client.WriteAsync(new[] { "dev-a", "dev-b", hostileId }.Select((device, i) =>
            PointData.Measurement("telemetry").Tag("device", device).Field("n", (long)i).Timestamp(Start)).ToList());

        var quoted = await client.QueryAsync($"SELECT n, device FROM telemetry WHERE device = {InfluxQl.QuoteString(hostileId)}");
        var bound = await client.QueryAsync("SELECT n, device FROM telemetry WHERE device = $device", new Dictionary<string, object> { ["device"] = hostileId });

        foreach (var result in new[] { quoted, bound })
        {
            var row = Assert.Single(Assert.Single(result).Rows);
            Assert.Equal(hostileId, row.GetString("device"));
            Assert.Equal(2, row.GetInt64("n"));
        }

        var databases = (await client.QueryAsync("SHOW DATABASES")).Single().Rows.Select(r => r.GetString("name"));
        Assert.Contains(database, databases);
    }

    [Fact]
    public async Task WriteAsync_SamePointTwice_StoresOnePointWithLastValue()
    {
        using var client = await fixture.CreateClientWithDatabaseAsync();
        var point = PointData.Measurement("m").Tag("device", "d1").Timestamp(Start);

        await client.WriteAsync([point.Field("v", 1.0)]);
        await client.WriteAsync([point.Field("v", 1.0)]);
        await client.WriteAsync([point.Field("v", 2.5)]);

        var row = Assert.Single(Assert.Single(await client.QueryAsync("SELECT * FROM m")).Rows);
        Assert.Equal(2.5, row.GetDouble("v"));
        Assert.Equal(Start, row.GetTime());
    }

    [Theory]
    [InlineData(WritePrecision.Nanoseconds)]
    [InlineData(WritePrecision.Microseconds)]
    [InlineData(WritePrecision.Milliseconds)]
    [InlineData(WritePrecision.Seconds)]
    public async Task WriteAsync_Precision_StoresTimeTruncatedToPrecision(WritePrecision precision)
    {
        using var client = await fixture.CreateClientWithDatabaseAsync();
        var time = Start.AddTicks(1_234_567);
        await client.WriteAsync([PointData.Measurement("m").Field("v", 1L).Timestamp(time)], precision);

        var row = Assert.Single(Assert.Single(await client.QueryAsync("SELECT v FROM m")).Rows);
        var unit = precision switch
        {
            WritePrecision.Seconds => TimeSpan.TicksPerSecond,
            WritePrecision.Milliseconds => TimeSpan.TicksPerMillisecond,
            WritePrecision.Microseconds => TimeSpan.TicksPerMicrosecond,
            _ => 1,
        };
        Assert.Equal(time.UtcTicks - (time.UtcTicks % unit), row.GetTime().UtcTicks);
        Assert.Equal((time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / unit * unit * 100, row.GetTimeNanoseconds());
    }

    [Fact]
    public async Task QueryAsync_TypedFields_ReturnsNumbersStringsBooleansAndNulls()
    {
        using var client = await fixture.CreateClientWithDatabaseAsync();
        await client.WriteLinesAsync("m f=1.5,i=-7i,b=true,s=\"x\" 1\nm f=3 2", WritePrecision.Nanoseconds);

        var rows = Assert.Single(await client.QueryAsync("SELECT f, i, b, s FROM m")).Rows;
        Assert.Equal((1.5, -7L, true, "x"), (rows[0].GetDouble("f"), rows[0].GetInt64("i"), rows[0].GetBoolean("b"), rows[0].GetString("s")));
        Assert.Equal(3.0, rows[1].GetDouble("f"));
        Assert.Null(rows[1].GetInt64("i"));
        Assert.Null(rows[1].GetBoolean("b"));
        Assert.Null(rows[1].GetString("s"));
    }

    [Fact]
    public async Task WriteLinesAsync_Utf8Bytes_StoresEveryLineAsSent()
    {
        using var client = await fixture.CreateClientWithDatabaseAsync();
        await client.WriteLinesAsync("m,t=ü f=1.5 1\nm,t=ü f=2.5 2\n"u8.ToArray(), WritePrecision.Nanoseconds);

        var rows = Assert.Single(await client.QueryAsync("SELECT f, t FROM m")).Rows;
        Assert.Equal([(1.5, "ü"), (2.5, "ü")], rows.Select(r => (r.GetDouble("f"), r.GetString("t"))));
    }

    [Fact]
    public async Task CreateDatabaseAsync_NameWithQuotesAndBackslash_CreatesExactName()
    {
        // InfluxDB 1.x refuses '/' and '\' in database names ("invalid name"); quotes, spaces and non-ASCII are fine.
        var name = $"db \"{Guid.NewGuid():N}\" 'x' ü";
        using var client = new InfluxClient(fixture.HttpClient, fixture.Options(name));
        await client.CreateDatabaseAsync();
        await client.WriteAsync([PointData.Measurement("m").Field("v", 1L)]);

        var databases = (await client.QueryAsync("SHOW DATABASES")).Single().Rows.Select(r => r.GetString("name"));
        Assert.Contains(name, databases);
    }

    private static bool Accepts(Func<PointData> build)
    {
        try
        {
            build();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [Fact]
    public async Task WriteAsync_MissingDatabase_ThrowsDatabaseNotFound()
    {
        using var client = new InfluxClient(fixture.HttpClient, fixture.Options("does_not_exist"));

        var exception = await Assert.ThrowsAsync<InfluxDatabaseNotFoundException>(() => client.WriteAsync([PointData.Measurement("m").Field("v", 1L)]));
        Assert.Equal(404, exception.StatusCode);
        Assert.False(exception.IsRetryable);
        Assert.Contains("'does_not_exist' not found", exception.Message, StringComparison.Ordinal);
        Assert.Contains("CREATE DATABASE", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryAsync_MissingDatabase_ThrowsDatabaseNotFound()
    {
        using var client = new InfluxClient(fixture.HttpClient, fixture.Options("does_not_exist"));
        await Assert.ThrowsAsync<InfluxDatabaseNotFoundException>(() => client.QueryAsync("SELECT * FROM m"));
    }

    [Fact]
    public async Task WriteLinesAsync_MalformedLine_ThrowsBadRequestWithRejectedLine()
    {
        using var client = await fixture.CreateClientWithDatabaseAsync();
        const string bad = "m,tag_without_value v=1 2";

        var exception = await Assert.ThrowsAsync<InfluxBadRequestException>(() => client.WriteLinesAsync($"m v=1 1\n{bad}\nm v=3 3", WritePrecision.Nanoseconds));

        Assert.Equal(bad, exception.RejectedLine);
        Assert.Equal(400, exception.StatusCode);
        Assert.Contains("unable to parse", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_FieldTypeConflict_ThrowsBadRequestWithoutRejectedLine()
    {
        using var client = await fixture.CreateClientWithDatabaseAsync();
        await client.WriteAsync([PointData.Measurement("m").Field("v", 1.0)]);

        var exception = await Assert.ThrowsAsync<InfluxBadRequestException>(() => client.WriteAsync([PointData.Measurement("m").Field("v", "text")]));
        Assert.Contains("field type conflict", exception.Message, StringComparison.Ordinal);
        Assert.Null(exception.RejectedLine);
    }

    [Theory]
    [InlineData("SELECT nosuchfunction(v) FROM m", "undefined function nosuchfunction()")]
    [InlineData("SELEKT * FROM m", "error parsing query")]
    public async Task QueryAsync_InvalidStatement_ThrowsWithInfluxMessage(string query, string serverText)
    {
        using var client = await fixture.CreateClientWithDatabaseAsync();
        var exception = await Assert.ThrowsAnyAsync<InfluxException>(() => client.QueryAsync(query));
        Assert.Contains(serverText, exception.Message, StringComparison.Ordinal);
        Assert.False(exception.IsRetryable);
    }
}

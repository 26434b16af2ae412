using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Ingest.Pipeline;
using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Influx;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing.Servers;
using PredictMaint.Testing.Waiting;

namespace PredictMaint.Ingest.Tests.Pipeline;

/// <summary>Ingest against a real Mosquitto and a real InfluxDB.</summary>
public sealed class IngestPipelineTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private MosquittoServer _broker = null!;
    private InfluxServer _influx = null!;
    private WebApplication _app = null!;
    private InfluxClient _query = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync()
    {
        _broker = await MosquittoServer.StartNewAsync();
        _influx = await InfluxServer.StartNewAsync();
        _app = IngestApp.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--Mqtt:Port={_broker.Port}",
            "--Mqtt:ClientId=ingest-test",
            $"--Influx:Url={_influx.Url}",
            "--Influx:Database=ingest_test",
            "--Ingest:BatchMaxAge=00:00:00.050",
            "--Ingest:RetryDelayMax=00:00:00.500",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await _app.StartAsync();
        _query = new InfluxClient(_http, new InfluxClientOptions { Url = _influx.Url, Database = "ingest_test" });
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _http.Dispose();
        await _influx.DisposeAsync();
        await _broker.DisposeAsync();
    }

    [Fact]
    public async Task Ingest_ValidAndInvalidMessages_StoresValidAndDeadLettersInvalid()
    {
        var deadLetters = Channel.CreateUnbounded<DeadLetter>();
        await using var watcher = await ConnectAsync("dead-letter-watcher");
        watcher.ApplicationMessageReceivedAsync += args =>
        {
            deadLetters.Writer.TryWrite(JsonSerializer.Deserialize(args.ApplicationMessage.Payload.Span, ContractsJsonContext.Default.DeadLetter)!);
            return Task.CompletedTask;
        };
        await watcher.SubscribeAsync(DeadLetterPublisher.Topic, MqttQualityOfService.AtLeastOnce);

        await using var device = await ConnectAsync("device-a");
        for (var seq = 1; seq <= 20; seq++)
        {
            await PublishAsync(device, "dev-a", seq);
        }

        await device.PublishAsync(new MqttApplicationMessage(Topics.For("site-1", "dev-a", Topics.Telemetry), Encoding.UTF8.GetBytes("{broken"), MqttQualityOfService.AtLeastOnce));
        await device.PublishAsync(new MqttApplicationMessage(Topics.For("site-1", "dev-a", Topics.Telemetry), Message("dev-b", 1), MqttQualityOfService.AtLeastOnce));

        await Eventually.WaitAsync(() => CountAsync("dev-a"), n => n == 60, Timeout, "60 points of dev-a in InfluxDB");
        using var cancel = new CancellationTokenSource(Timeout);
        var first = await deadLetters.Reader.ReadAsync(cancel.Token);
        var second = await deadLetters.Reader.ReadAsync(cancel.Token);
        Assert.Contains("malformed JSON", first.Reason, StringComparison.Ordinal);
        Assert.Equal("{broken", Encoding.UTF8.GetString(Convert.FromBase64String(first.PayloadBase64)));
        Assert.Contains("dev-b", second.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("dev-b"));
    }

    [Fact]
    public async Task Ingest_InfluxDownThenUp_LosesNothing()
    {
        await _influx.StopAsync();
        await using var device = await ConnectAsync("device-c");
        for (var seq = 1; seq <= 10; seq++)
        {
            await PublishAsync(device, "dev-c", seq);
        }

        var status = _app.Services.GetRequiredService<IngestStatus>();
        await Eventually.WaitAsync(() => Task.FromResult(status.WriteRetries), n => n > 0, Timeout, "ingest retrying the write");
        Assert.Equal(0, status.MessagesWritten);

        await _influx.StartAsync();
        await Eventually.WaitAsync(() => CountAsync("dev-c"), n => n == 30, Timeout, "30 points of dev-c after InfluxDB came back");
        Assert.Equal(0, status.SequenceGaps);
    }

    private async Task<MqttClient> ConnectAsync(string clientId)
    {
        var client = new MqttClient(new MqttClientOptionsBuilder().WithTcpServer(MosquittoServer.Host, _broker.Port).WithClientId(clientId).Build());
        await client.ConnectAsync();
        return client;
    }

    private static Task PublishAsync(MqttClient client, string deviceId, long sequence) =>
        client.PublishAsync(new MqttApplicationMessage(Topics.For("site-1", deviceId, Topics.Telemetry), Message(deviceId, sequence), MqttQualityOfService.AtLeastOnce));

    private static byte[] Message(string deviceId, long sequence)
    {
        var start = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero).AddHours(sequence);
        var message = new TelemetryMessage
        {
            SchemaVersion = 1,
            SiteId = "site-1",
            DeviceId = deviceId,
            Model = "aqua-400",
            Sequence = sequence,
            Samples = Enumerable.Range(0, 3).Select(i => new TelemetrySample { Timestamp = start.AddMinutes(10 * i), PressureDropKpa = 30 + i, FlowLitresPerMinute = 4 }).ToArray(),
        };
        return JsonSerializer.SerializeToUtf8Bytes(message, ContractsJsonContext.Default.TelemetryMessage);
    }

    private async Task<long> CountAsync(string deviceId)
    {
        try
        {
            var series = await _query.QueryAsync(
                string.Create(CultureInfo.InvariantCulture, $"SELECT count(pressure_drop_kpa) FROM telemetry WHERE device = {InfluxQl.QuoteString(deviceId)}"));
            return series.Count > 0 && series[0].Rows.Count > 0 ? series[0].Rows[0].GetInt64("count") ?? 0 : 0;
        }
        catch (InfluxException)
        {
            return 0;
        }
    }
}

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PredictMaint.Edge.Features;
using PredictMaint.Edge.Queue;
using PredictMaint.Edge.Sampling;
using PredictMaint.Edge.Tests.Features;
using PredictMaint.Edge.Uplink;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Edge.Tests.Uplink;

public sealed class TelemetryBatchEncoderTests
{
    [Fact]
    public void Encode_SimulatedSamples_SameJsonAsTheContractSerializer()
    {
        var reader = new SampleReader(SimulatedPurifierChannels.Create(new ManualTimeProvider()), new Dictionary<string, SensorLimits>(), new ManualTimeProvider());
        QueueRecord[] records = [.. Enumerable.Range(1, 3).Select(i => new QueueRecord(i, reader.ReadSample()))];

        var spliced = TelemetryBatchEncoder.Encode(records, 42, "site-1", "dev-1", "aqua-200");

        var serialized = JsonSerializer.SerializeToUtf8Bytes(
            new TelemetryMessage
            {
                SchemaVersion = TelemetryMessage.CurrentSchemaVersion, SiteId = "site-1", DeviceId = "dev-1", Model = "aqua-200", Sequence = 42,
                Samples = [.. records.Select(r => JsonSerializer.Deserialize(r.Payload.Span, ContractsJsonContext.Default.TelemetrySample)!)],
            },
            ContractsJsonContext.Default.TelemetryMessage);
        // Same members and values (member order is not part of JSON's meaning).
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(serialized), JsonNode.Parse(spliced)), Encoding.UTF8.GetString(spliced));
        Assert.Equal(17, JsonNode.Parse(spliced)!["samples"]![0]!.AsObject().Count); // ts, ten scalars, six vibration features
    }

    [Fact]
    public void Encode_RecordThatIsNotJson_ThrowsInvalidData()
    {
        QueueRecord[] records = [new(7, Encoding.UTF8.GetBytes("{\"ts\":"))];

        var error = Assert.Throws<InvalidDataException>(() => TelemetryBatchEncoder.Encode(records, 1, "s", "d", "m"));

        Assert.Contains("7", error.Message, StringComparison.Ordinal);
    }
}

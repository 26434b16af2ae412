using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Influx;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Ingest.Pipeline;

/// <summary>A validated message on its way to InfluxDB, with the delivery to acknowledge once written.</summary>
public sealed record IngestItem(
    string Topic,
    ReadOnlyMemory<byte> Payload,
    TelemetryMessage Message,
    IReadOnlyList<PointData> Points,
    MqttApplicationMessageReceivedEventArgs Delivery);

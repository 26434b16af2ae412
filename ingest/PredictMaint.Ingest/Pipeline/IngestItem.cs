using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Ingest.Pipeline;

/// <summary>A validated message on its way to InfluxDB: its points as line protocol, and the delivery to acknowledge once written.</summary>
public sealed record IngestItem(
    string Topic,
    ReadOnlyMemory<byte> Payload,
    TelemetryMessage Message,
    string Lines,
    int PointCount,
    MqttApplicationMessageReceivedEventArgs Delivery);

using PredictMaint.Platform.Contracts;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Ingest.Pipeline;

/// <summary>A validated message on its way to InfluxDB, and the delivery to acknowledge once its points are written.</summary>
public sealed record IngestItem(
    string Topic,
    ReadOnlyMemory<byte> Payload,
    TelemetryMessage Message,
    MqttApplicationMessageReceivedEventArgs Delivery);

using PredictMaint.Platform.Mqtt.Packets;

namespace PredictMaint.Platform.Mqtt.Connecting;

/// <summary>A packet queued for the writer loop; <paramref name="Written"/> completes once it is flushed to the socket.</summary>
internal readonly record struct MqttOutgoingPacket(MqttPacket Packet, TaskCompletionSource? Written);

namespace PredictMaint.Platform.Mqtt.Receiving;

/// <summary>Sends PUBACK for a received QoS 1 message if its connection is still the current one.</summary>
internal interface IMqttIncomingAcknowledger
{
    void Acknowledge(long connectionGeneration, ushort packetId);
}

namespace PredictMaint.Platform.Mqtt.Publishing;

/// <summary>Packet identifiers 1..65535, handed out round-robin and never twice while in use (§2.3.1).</summary>
internal sealed class MqttPacketIdentifierPool
{
    private readonly bool[] _inUse = new bool[ushort.MaxValue + 1];
    private readonly Lock _lock = new();
    private ushort _last;
    private int _count;

    public int InUseCount
    {
        get
        {
            lock (_lock)
            {
                return _count;
            }
        }
    }

    public ushort Allocate()
    {
        lock (_lock)
        {
            if (_count == ushort.MaxValue)
            {
                throw new InvalidOperationException("All 65535 MQTT packet identifiers are in use.");
            }

            do
            {
                _last = _last == ushort.MaxValue ? (ushort)1 : (ushort)(_last + 1);
            }
            while (_inUse[_last]);

            _inUse[_last] = true;
            _count++;
            return _last;
        }
    }

    public void Release(ushort packetId)
    {
        lock (_lock)
        {
            if (_inUse[packetId])
            {
                _inUse[packetId] = false;
                _count--;
            }
        }
    }
}

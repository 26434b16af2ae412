using System.Buffers;
using System.Net;
using System.Net.Sockets;
using PredictMaint.Platform.Mqtt.Formatter;
using PredictMaint.Platform.Mqtt.Packets;

namespace PredictMaint.Platform.Tests.Mqtt;

/// <summary>
/// A raw TCP peer that answers with bytes chosen by the test, for broker behaviour Mosquitto
/// cannot be made to show (refused SUBACK in 3.1.1, malformed or oversized packets).
/// </summary>
internal sealed class ScriptedBroker : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public ScriptedBroker() => _listener.Start();

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public async Task<Peer> AcceptAsync() => new(await _listener.AcceptTcpClientAsync().WaitAsync(MqttTestClients.Timeout));

    public ValueTask DisposeAsync()
    {
        _listener.Dispose();
        return ValueTask.CompletedTask;
    }

    internal sealed class Peer : IDisposable
    {
        private readonly TcpClient _client;
        private readonly NetworkStream _stream;
        private byte[] _pending = [];

        public Peer(TcpClient client)
        {
            _client = client;
            _stream = client.GetStream();
        }

        public async Task<MqttPacket> ReadPacketAsync()
        {
            var chunk = new byte[4096];
            while (true)
            {
                var buffer = new ReadOnlySequence<byte>(_pending);
                if (MqttPacketFramer.TryReadFrame(ref buffer, 1 << 20, out var header, out var body))
                {
                    _pending = buffer.ToArray();
                    return Mqtt311PacketCodec.Instance.Decode(header, body.ToArray());
                }

                var read = await _stream.ReadAsync(chunk).AsTask().WaitAsync(MqttTestClients.Timeout);
                if (read == 0)
                {
                    throw new EndOfStreamException("The client closed the connection.");
                }

                _pending = [.. _pending, .. chunk[..read]];
            }
        }

        /// <summary>Completes when the client closes its side.</summary>
        public async Task WaitForCloseAsync()
        {
            var chunk = new byte[4096];
            while (await _stream.ReadAsync(chunk).AsTask().WaitAsync(MqttTestClients.Timeout) > 0)
            {
            }
        }

        public Task WriteAsync(params byte[] bytes) => _stream.WriteAsync(bytes).AsTask();

        public void Dispose() => _client.Dispose();
    }
}

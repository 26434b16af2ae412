using System.Collections.Concurrent;
using PredictMaint.Platform.Modbus.Native;

namespace PredictMaint.FirmwareSim.Modbus;

/// <summary>
/// A Modbus TCP gateway on libmodbus: unit id k (1..N) answers from device k's registers; an
/// unknown unit id gets exception 0x0B (gateway target failed to respond). One thread accepts,
/// one thread per connection serves it with a libmodbus context of its own (contexts are not
/// thread-safe). Malformed frames make libmodbus answer with an exception or drop the connection.
/// </summary>
internal sealed class ModbusGatewayServer : IDisposable
{
    private const byte GatewayTargetFailedToRespond = 0x0B;
    private readonly IReadOnlyList<DeviceRegisters> _devices;
    private readonly ModbusContext _listener;
    private readonly int _listenSocket;
    private readonly int _port;
    private readonly ConcurrentDictionary<int, Thread> _clients = new();
    private readonly Thread _acceptor;
    private volatile bool _stopping;

    public ModbusGatewayServer(string host, int port, IReadOnlyList<DeviceRegisters> devices)
    {
        _devices = devices;
        _port = port;
        _listener = ModbusContext.CreateTcp(host, port);
        _listenSocket = _listener.Listen(64);
        _acceptor = new Thread(AcceptLoop) { IsBackground = true, Name = "modbus-accept" };
        _acceptor.Start();
    }

    public int ConnectionsServed { get; private set; }

    private void AcceptLoop()
    {
        while (!_stopping)
        {
            int client;
            try
            {
                client = _listener.Accept(_listenSocket);
                // accept makes the client the listener context's socket; the listener keeps its own.
                _listener.UseSocket(_listenSocket);
            }
            catch (ModbusException)
            {
                if (_stopping)
                {
                    return;
                }

                continue;
            }

            ConnectionsServed++;
            var thread = new Thread(() => Serve(client)) { IsBackground = true, Name = $"modbus-client-{client}" };
            _clients[client] = thread;
            thread.Start();
        }
    }

    private void Serve(int socket)
    {
        using var context = ModbusContext.CreateTcp("127.0.0.1", _port);
        context.UseSocket(socket);
        var request = new byte[ModbusContext.MaxFrameBytes];
        try
        {
            while (!_stopping)
            {
                var length = context.Receive(request);
                if (length < 0)
                {
                    return;
                }

                if (length == 0)
                {
                    continue;
                }

                var frame = request.AsSpan(0, length);
                var unit = frame[6];
                if (unit < 1 || unit > _devices.Count)
                {
                    context.ReplyException(frame, GatewayTargetFailedToRespond);
                    continue;
                }

                var device = _devices[unit - 1];
                lock (device.Lock)
                {
                    context.Reply(frame, device.Mapping);
                }
            }
        }
        finally
        {
            _clients.TryRemove(socket, out _);
        }
    }

    public void Dispose()
    {
        _stopping = true;
        ModbusContext.ShutdownSocket(_listenSocket);
        _acceptor.Join();
        foreach (var (socket, thread) in _clients.ToArray())
        {
            ModbusContext.ShutdownSocket(socket);
            thread.Join();
        }

        _listener.Dispose();
    }
}

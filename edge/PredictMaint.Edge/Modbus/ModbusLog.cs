using Microsoft.Extensions.Logging;

namespace PredictMaint.Edge.Modbus;

internal static partial class ModbusLog
{
    [LoggerMessage(1, LogLevel.Information, "Modbus connected: {Peer}")]
    public static partial void Connected(ILogger logger, string peer);

    [LoggerMessage(2, LogLevel.Warning, "Modbus link to {Peer} failed; reconnecting in {Delay}: {Reason}")]
    public static partial void LinkFailed(ILogger logger, string peer, TimeSpan delay, string reason);

    [LoggerMessage(3, LogLevel.Warning, "Modbus register {Register} failed: {Reason}")]
    public static partial void RegisterFailed(ILogger logger, string register, string reason);

    [LoggerMessage(4, LogLevel.Information, "Modbus register {Register} reads again")]
    public static partial void RegisterRecovered(ILogger logger, string register);
}

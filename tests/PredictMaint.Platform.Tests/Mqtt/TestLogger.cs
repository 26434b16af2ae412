using Microsoft.Extensions.Logging;

namespace PredictMaint.Platform.Tests.Mqtt;

/// <summary>Writes client logs to the console so a failing test shows what the client saw.</summary>
internal static class TestLogger
{
    private static readonly ILoggerFactory Factory = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information));

    public static ILogger<T> Create<T>() => Factory.CreateLogger<T>();
}

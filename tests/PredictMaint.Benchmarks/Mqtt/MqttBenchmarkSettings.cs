using System.Globalization;

namespace PredictMaint.Benchmarks.Mqtt;

internal sealed record MqttBenchmarkSettings(int Messages, int PayloadBytes)
{
    public static bool TryParse(string[] args, out MqttBenchmarkSettings settings, out string? error)
    {
        settings = new MqttBenchmarkSettings(100_000, 200);
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            var hasValue = i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0;
            switch (args[i])
            {
                case "--messages" when hasValue:
                    settings = settings with { Messages = int.Parse(args[++i], CultureInfo.InvariantCulture) };
                    break;
                case "--payload-bytes" when hasValue:
                    settings = settings with { PayloadBytes = int.Parse(args[++i], CultureInfo.InvariantCulture) };
                    break;
                default:
                    error = $"Unknown option or missing positive number: '{args[i]}'.";
                    return false;
            }
        }

        return true;
    }
}

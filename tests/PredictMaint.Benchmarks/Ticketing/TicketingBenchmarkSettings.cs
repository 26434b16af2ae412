using System.Globalization;

namespace PredictMaint.Benchmarks.Ticketing;

/// <param name="Clients">Concurrent HTTP clients, each walking its own tickets.</param>
/// <param name="Seconds">Measured seconds (after a short warm-up).</param>
internal sealed record TicketingBenchmarkSettings(int Clients, int Seconds)
{
    public static bool TryParse(string[] args, out TicketingBenchmarkSettings settings, out string? error)
    {
        settings = new TicketingBenchmarkSettings(16, 20);
        error = null;
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                error = $"Option '{args[i]}' needs a positive number.";
                return false;
            }

            switch (args[i])
            {
                case "--clients":
                    settings = settings with { Clients = value };
                    break;
                case "--seconds":
                    settings = settings with { Seconds = value };
                    break;
                default:
                    error = $"Unknown option '{args[i]}' (--clients C --seconds S).";
                    return false;
            }
        }

        return true;
    }
}

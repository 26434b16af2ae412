using System.Globalization;
using PredictMaint.FirmwareSim.Fleet;

namespace PredictMaint.FirmwareSim.Cli;

/// <summary>Progress of a long run on stderr: one redrawn line on a terminal, a line every five seconds in a log.</summary>
internal sealed class ConsoleProgress : IProgress<FleetProgress>
{
    // A terminal gets one line redrawn every second; a log file a new line every five.
    private readonly bool _redraw = !Console.IsErrorRedirected;
    private long _lastPrinted;

    public void Report(FleetProgress value)
    {
        var now = Environment.TickCount64;
        if (now - _lastPrinted < (_redraw ? 1000 : 5000) && value.FractionDone < 1.0)
        {
            return;
        }

        _lastPrinted = now;
        Console.Error.Write(_redraw ? "\r" : Environment.NewLine);
        Console.Error.Write(string.Create(CultureInfo.InvariantCulture,
            $"  sim {value.SimulatedTime:yyyy-MM-dd HH:mm}  {value.FractionDone,6:P1}  messages {value.MessagesPublished,9:N0}  samples {value.SamplesPublished,10:N0}  filters past end of life {value.FiltersPastEndOfLife}   "));
    }
}

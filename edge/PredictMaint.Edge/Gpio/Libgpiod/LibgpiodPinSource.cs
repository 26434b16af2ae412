using System.Runtime.InteropServices;

namespace PredictMaint.Edge.Gpio.Libgpiod;

/// <summary>
/// GPIO through libgpiod v1.6 on the kernel's character device (<c>/dev/gpiochipN</c>); the
/// process needs read/write access to it (group <c>gpio</c> on Raspberry Pi OS).
/// </summary>
public sealed class LibgpiodPinSource : IGpioPinSource
{
    private readonly nint _chip;
    private readonly List<LibgpiodInputLine> _lines = [];

    /// <param name="chip">Chip name, number, label or path, as gpiod_chip_open_lookup takes it (e.g. <c>gpiochip0</c>).</param>
    public LibgpiodPinSource(string chip)
    {
        _chip = LibgpiodNative.ChipOpenLookup(chip);
        if (_chip == 0)
        {
            throw new IOException($"Could not open GPIO chip '{chip}' (errno {Marshal.GetLastPInvokeError()}). Is it there (ls /dev/gpiochip*) and is the user in group gpio?");
        }
    }

    public IGpioInputLine OpenInput(int offset, string consumer)
    {
        var line = LibgpiodNative.ChipGetLine(_chip, checked((uint)offset));
        if (line == 0)
        {
            throw new IOException($"GPIO line {offset} does not exist (errno {Marshal.GetLastPInvokeError()}).");
        }

        if (LibgpiodNative.LineRequestBothEdgesEvents(line, consumer) != 0)
        {
            throw new IOException($"Could not request edge events on GPIO line {offset} (errno {Marshal.GetLastPInvokeError()}); another process may hold it.");
        }

        var input = new LibgpiodInputLine(line, offset);
        _lines.Add(input);
        return input;
    }

    public void Dispose()
    {
        foreach (var line in _lines)
        {
            line.Dispose();
        }

        LibgpiodNative.ChipClose(_chip);
    }
}

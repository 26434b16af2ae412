using System.Runtime.InteropServices;

namespace PredictMaint.Edge.Gpio.Libgpiod;

/// <summary>
/// The part of libgpiod's v1.6 C API we use (Debian/Raspberry Pi OS package <c>libgpiod2</c>,
/// <c>libgpiod.so.2</c>). Handles are opaque pointers owned by the library.
/// </summary>
internal static partial class LibgpiodNative
{
    public const string Library = "libgpiod.so.2";
    public const int RisingEdgeEvent = 1;  // GPIOD_LINE_EVENT_RISING_EDGE
    public const int FallingEdgeEvent = 2; // GPIOD_LINE_EVENT_FALLING_EDGE

    /// <summary>struct timespec on 64-bit Linux (arm64, x64).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    /// <summary>struct gpiod_line_event.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct LineEvent
    {
        public TimeSpec Timestamp;
        public int EventType;
    }

    [LibraryImport(Library, EntryPoint = "gpiod_chip_open_lookup", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint ChipOpenLookup(string description);

    [LibraryImport(Library, EntryPoint = "gpiod_chip_close")]
    public static partial void ChipClose(nint chip);

    [LibraryImport(Library, EntryPoint = "gpiod_chip_get_line", SetLastError = true)]
    public static partial nint ChipGetLine(nint chip, uint offset);

    /// <returns>0 on success, −1 with errno set.</returns>
    [LibraryImport(Library, EntryPoint = "gpiod_line_request_both_edges_events", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int LineRequestBothEdgesEvents(nint line, string consumer);

    /// <returns>1 when an event is pending, 0 on timeout, −1 on error.</returns>
    [LibraryImport(Library, EntryPoint = "gpiod_line_event_wait", SetLastError = true)]
    public static partial int LineEventWait(nint line, in TimeSpec timeout);

    [LibraryImport(Library, EntryPoint = "gpiod_line_event_read", SetLastError = true)]
    public static partial int LineEventRead(nint line, out LineEvent lineEvent);

    /// <returns>0 or 1, −1 on error.</returns>
    [LibraryImport(Library, EntryPoint = "gpiod_line_get_value", SetLastError = true)]
    public static partial int LineGetValue(nint line);

    [LibraryImport(Library, EntryPoint = "gpiod_line_release")]
    public static partial void LineRelease(nint line);
}

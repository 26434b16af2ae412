using PredictMaint.Edge.Gpio;
using PredictMaint.Edge.Gpio.Libgpiod;

namespace PredictMaint.Edge.Tests.Gpio;

public sealed class LibgpiodPinSourceTests
{
    // Runs everywhere libgpiod2 is installed: proves the library loads and the binding reports errors.
    [Fact]
    public void Constructor_MissingChip_ThrowsIOExceptionNamingIt()
    {
        var error = Assert.Throws<IOException>(() => new LibgpiodPinSource("gpiochip-that-does-not-exist"));
        Assert.Contains("gpiochip-that-does-not-exist", error.Message, StringComparison.Ordinal);
    }

    // On a Pi with a jumper from GPIO 27 (output, driven by `gpioset`) to GPIO 17 this sees real edges;
    // here it only checks that a line can be requested and read.
    [HardwareFact]
    [Trait("Category", "Hardware")]
    public void OpenInput_RealChip_ReadsLevelAndRequestsEdges()
    {
        using var chip = new LibgpiodPinSource("gpiochip0");
        using var line = chip.OpenInput(17, "pm-edge-test");

        Assert.True(line.TryReadLevel(out _));
        Assert.False(line.Edges.Completion.IsCompleted);
    }
}

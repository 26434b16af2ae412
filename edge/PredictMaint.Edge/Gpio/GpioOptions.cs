using System.ComponentModel.DataAnnotations;
using PredictMaint.Edge.Configuration;

namespace PredictMaint.Edge.Gpio;

/// <summary>Configuration section <c>Gpio</c>: digital inputs and the flow meter.</summary>
public sealed class GpioOptions
{
    public const string SectionName = "Gpio";

    /// <summary>Value of <see cref="Chip"/> that drives lines from code instead of hardware (benches, tests).</summary>
    public const string SimulatedChip = "simulated";

    /// <summary>libgpiod chip (e.g. <c>gpiochip0</c>), <c>simulated</c>, or empty for no GPIO.</summary>
    public string Chip { get; set; } = string.Empty;

    /// <summary>Line offset of the flow meter's pulse output; its flow replaces the <c>flow_lpm</c> channel.</summary>
    [Range(0, 1023)]
    public int? FlowMeterLine { get; set; }

    [Range(0.001, 1_000_000)]
    public double PulsesPerLitre { get; set; } = 450;

    /// <summary>Digital inputs by name (e.g. <c>pump_running</c>, <c>leak</c>) → line offset; reported in the status.</summary>
    public Dictionary<string, int> Inputs { get; set; } = [];

    [DurationRange("00:00:00", "00:00:10")]
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(30);

    public bool Enabled => !string.IsNullOrWhiteSpace(Chip);
}

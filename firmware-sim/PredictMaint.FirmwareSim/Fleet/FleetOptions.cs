using System.ComponentModel.DataAnnotations;

namespace PredictMaint.FirmwareSim.Fleet;

/// <summary>Size, duration and physics parameters of a simulated fleet run.</summary>
internal sealed class FleetOptions
{
    [Range(1, 100_000)]
    public int Devices { get; init; } = 50;

    [Range(1, 10_000)]
    public int Sites { get; init; } = 10;

    public DateTimeOffset Start { get; init; } = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    public TimeSpan Duration { get; init; } = TimeSpan.FromDays(30);

    public TimeSpan SampleInterval { get; init; } = TimeSpan.FromMinutes(10);

    [Range(1, 1000)]
    public int SamplesPerMessage { get; init; } = 6;

    /// <summary>Share of devices whose filter is set to reach end of life inside the run.</summary>
    [Range(0.0, 1.0)]
    public double FailingFraction { get; init; } = 0.2;

    public int Seed { get; init; } = 42;

    /// <summary>Simulated seconds per real second; 0 runs as fast as the broker accepts.</summary>
    [Range(0.0, double.MaxValue)]
    public double Speed { get; init; }

    public double CleanPressureDropKpa { get; init; } = 30.0;

    /// <summary>Pressure drop at rated flow and 20 °C that defines the filter's end of life.</summary>
    public double EndOfLifePressureDropKpa { get; init; } = 100.0;

    public double RatedFlowLitresPerMinute { get; init; } = 4.0;

    public string Model { get; init; } = "aqua-400";

    public DateTimeOffset End => Start + Duration;

    public TimeSpan MessageInterval => SampleInterval * SamplesPerMessage;

    public void Validate()
    {
        Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
        if (Duration <= TimeSpan.Zero || SampleInterval <= TimeSpan.Zero)
        {
            throw new ValidationException("Duration and SampleInterval must be positive.");
        }

        if (Sites > Devices)
        {
            throw new ValidationException($"Sites ({Sites}) cannot exceed Devices ({Devices}).");
        }
    }
}

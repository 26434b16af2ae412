using System.ComponentModel.DataAnnotations;

namespace PredictMaint.FirmwareSim.Fleet;

/// <summary>Size, duration and physics parameters of a simulated fleet run.</summary>
internal sealed record FleetOptions
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

    /// <summary>Share of devices whose pump wears out (current at rated duty ~40 % up) inside the run.</summary>
    [Range(0.0, 1.0)]
    public double PumpFailingFraction { get; init; } = 0.05;

    /// <summary>Share of devices whose pump seizes (sudden failure) inside the run; never a device with a failing filter.</summary>
    [Range(0.0, 1.0)]
    public double PumpSeizureFraction { get; init; } = 0.01;

    /// <summary>Share of devices whose bearing reaches the ISO 10816 zone C/D boundary inside the run.</summary>
    [Range(0.0, 1.0)]
    public double BearingFailingFraction { get; init; } = 0.05;

    /// <summary>Expected injected sensor faults per device and year (0 = none).</summary>
    [Range(0.0, 1000.0)]
    public double SensorFaultsPerDeviceYear { get; init; }

    /// <summary>Expected dry-run episodes (water supply shut while the pump runs) per device and year.</summary>
    [Range(0.0, 1000.0)]
    public double DryRunsPerDeviceYear { get; init; }

    /// <summary>Expected leaks per device and year.</summary>
    [Range(0.0, 1000.0)]
    public double LeaksPerDeviceYear { get; init; }

    /// <summary>Time from a pump, bearing or leak failure to the visit that fixes it; null: no visits.</summary>
    public TimeSpan? RepairDelay { get; init; } = TimeSpan.FromDays(3);

    /// <summary>Whether a filter past end of life is replaced (after <see cref="RepairDelay"/>).</summary>
    public bool ReplaceFiltersAtEndOfLife { get; init; }

    /// <summary>Serviced components are left with up to this share of their life already used (imperfect repair).</summary>
    [Range(0.0, 0.9)]
    public double MaintenanceResidualMax { get; init; } = 0.1;

    /// <summary>Several equipment models with their shares; null: every device is <see cref="Model"/>.</summary>
    public IReadOnlyList<PurifierModel>? Models { get; init; }

    /// <summary>Relative weights of the usage profiles by name (household, office, restaurant); null: equal.</summary>
    public IReadOnlyDictionary<string, double>? ProfileShares { get; init; }

    /// <summary>IANA time zones the sites are spread over, round robin; usage follows local time.</summary>
    public IReadOnlyList<string> SiteTimeZones { get; init; } = ["UTC"];

    /// <summary>
    /// Public holidays (local dates, every site): offices stand idle, households use water as on a
    /// weekend, restaurants are busier. None by default, so a seed's data does not depend on a calendar.
    /// </summary>
    public IReadOnlyList<DateOnly> Holidays { get; init; } = [];

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

        foreach (var model in Models ?? [])
        {
            Validator.ValidateObject(model, new ValidationContext(model), validateAllProperties: true);
        }

        if (ProfileShares?.Keys.FirstOrDefault(name => !Physics.UsageProfile.All.Any(p => p.Name == name)) is { } unknown)
        {
            throw new ValidationException($"Unknown usage profile '{unknown}' (household, office, restaurant).");
        }
    }
}

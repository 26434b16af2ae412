using PredictMaint.Edge.Sampling;

namespace PredictMaint.Edge.Gpio;

/// <summary>
/// Everything configured under <see cref="GpioOptions"/>: the opened lines, their debounced inputs
/// and the flow counter. <see cref="RunAsync"/> consumes their edge events.
/// </summary>
public sealed class GpioInputs : IDisposable
{
    private const string Consumer = "pm-edge";
    private readonly IGpioPinSource? _pins;
    private readonly List<Func<CancellationToken, Task>> _consumers = [];

    public GpioInputs(GpioOptions options, IGpioPinSource? pins, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _pins = pins;
        if (pins is null)
        {
            return;
        }

        foreach (var (name, line) in options.Inputs)
        {
            var input = new DebouncedInput(pins.OpenInput(line, Consumer), options.Debounce, timeProvider);
            Switches.Add(name, input);
            _consumers.Add(input.RunAsync);
        }

        if (options.FlowMeterLine is { } flowLine)
        {
            var counter = new FlowPulseCounter(pins.OpenInput(flowLine, Consumer), options.PulsesPerLitre, timeProvider);
            FlowMeter = new FlowMeterChannel(counter);
            _consumers.Add(counter.RunAsync);
        }
    }

    public Dictionary<string, DebouncedInput> Switches { get; } = [];

    public ISensorChannel? FlowMeter { get; }

    public Task RunAsync(CancellationToken cancellationToken) => Task.WhenAll(_consumers.Select(c => c(cancellationToken)));

    public void Dispose() => _pins?.Dispose();
}

using PredictMaint.Edge.Gpio;
using PredictMaint.Edge.Gpio.Simulation;
using PredictMaint.Edge.Tests.Features;

namespace PredictMaint.Edge.Tests.Gpio;

public sealed class DebouncedInputTests : IAsyncDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(20);
    private readonly ManualTimeProvider _time = new();
    private readonly SimulatedGpioPinSource _pins;
    private readonly SimulatedGpioLine _line;
    private readonly DebouncedInput _input;
    private readonly Task _running;

    public DebouncedInputTests()
    {
        _pins = new SimulatedGpioPinSource(_time);
        _line = _pins.Line(17);
        _input = new DebouncedInput(_pins.OpenInput(17, "test"), Debounce, _time);
        _running = _input.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task TryReadState_BouncingContact_ChangesOnlyAfterItSettles()
    {
        _line.SetLevel(true);
        _time.Advance(TimeSpan.FromMilliseconds(2));
        _line.SetLevel(false);
        _time.Advance(TimeSpan.FromMilliseconds(3));
        _line.SetLevel(true);
        await DrainAsync(3);

        _time.Advance(TimeSpan.FromMilliseconds(19));
        Assert.True(_input.TryReadState(out var during));
        Assert.False(during);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(_input.TryReadState(out var after));
        Assert.True(after);
    }

    [Fact]
    public async Task TryReadState_GlitchShorterThanDebounce_IsIgnored()
    {
        _line.SetLevel(true);
        _time.Advance(TimeSpan.FromMilliseconds(5));
        _line.SetLevel(false);
        await DrainAsync(2);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(_input.TryReadState(out var state));
        Assert.False(state);
    }

    public async ValueTask DisposeAsync()
    {
        _pins.Dispose();
        await _running;
    }

    // The consumer runs on the thread pool; wait until it has applied every edge sent so far.
    private Task<long> DrainAsync(long edgesSent) =>
        PredictMaint.Testing.Waiting.Eventually.WaitAsync(() => Task.FromResult(_input.EdgeCount), c => c == edgesSent, TimeSpan.FromSeconds(5), "edges applied");
}

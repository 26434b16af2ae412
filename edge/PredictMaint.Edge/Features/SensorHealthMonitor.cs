namespace PredictMaint.Edge.Features;

/// <summary>
/// Health checks of one channel from its successive reads: disconnected (reads failing for longer
/// than allowed), out of range, stuck (no movement beyond a tolerance for too long). The caller
/// reports the state as status and drops the reading unless it is <see cref="SensorHealth.Ok"/>.
/// </summary>
public sealed class SensorHealthMonitor(SensorLimits limits, TimeProvider timeProvider)
{
    private DateTimeOffset? _lastSuccess;
    private DateTimeOffset _firstFailure;
    private bool _failing;
    private double _stuckValue = double.NaN;
    private DateTimeOffset _stuckSince;

    public SensorHealth Current { get; private set; } = SensorHealth.Ok;

    /// <summary>Records a read; <paramref name="succeeded"/> false when the driver's TryRead failed.</summary>
    public SensorHealth Observe(bool succeeded, double value)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var now = timeProvider.GetUtcNow();
        if (!succeeded || !double.IsFinite(value))
        {
            if (!_failing)
            {
                (_failing, _firstFailure) = (true, now);
            }

            // A short glitch keeps the last verdict; the reading itself is missing either way.
            return Current = now - _firstFailure >= limits.DisconnectedAfter || _lastSuccess is null ? SensorHealth.Disconnected : Current;
        }

        _failing = false;
        _lastSuccess = now;
        if (double.IsNaN(_stuckValue) || Math.Abs(value - _stuckValue) > limits.StuckTolerance)
        {
            (_stuckValue, _stuckSince) = (value, now);
        }

        if (value < limits.Minimum || value > limits.Maximum)
        {
            return Current = SensorHealth.OutOfRange;
        }

        return Current = limits.StuckAfter > TimeSpan.Zero && now - _stuckSince >= limits.StuckAfter ? SensorHealth.Stuck : SensorHealth.Ok;
    }
}

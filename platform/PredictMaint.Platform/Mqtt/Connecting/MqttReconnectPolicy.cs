namespace PredictMaint.Platform.Mqtt.Connecting;

/// <summary>
/// Capped exponential backoff with full jitter: attempt n waits a uniform random time in
/// [0, min(max, min · 2ⁿ)], which spreads a fleet reconnecting after a broker restart.
/// </summary>
internal sealed class MqttReconnectPolicy
{
    private readonly TimeSpan _min;
    private readonly TimeSpan _max;
    private readonly Func<double> _random;

    public MqttReconnectPolicy(TimeSpan min, TimeSpan max, Func<double>? random = null)
    {
        _min = min;
        _max = max;
        _random = random ?? Random.Shared.NextDouble;
    }

    public TimeSpan GetCeiling(int attempt)
    {
        var exponent = Math.Min(attempt, 30);
        var ceilingTicks = Math.Min(_max.Ticks, _min.Ticks * Math.Pow(2, exponent));
        return TimeSpan.FromTicks((long)ceilingTicks);
    }

    public TimeSpan GetDelay(int attempt) => TimeSpan.FromTicks((long)(GetCeiling(attempt).Ticks * _random()));
}

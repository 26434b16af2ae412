using Microsoft.Extensions.Options;
using PredictMaint.Edge.Sampling;

namespace PredictMaint.Edge.Uplink;

/// <summary>Holds <see cref="RuntimeSettings"/>: from configuration at start, then from validated remote configurations.</summary>
public sealed class RuntimeSettingsStore(IOptions<SamplingOptions> sampling, IOptions<UplinkOptions> uplink)
{
    private RuntimeSettings _current = new(sampling.Value.SampleInterval, uplink.Value.MaxSamplesPerMessage, uplink.Value.MaxBatchAge, null);

    public RuntimeSettings Current => Volatile.Read(ref _current);

    /// <summary>Validates <paramref name="configuration"/> and swaps it in; false with the reason otherwise.</summary>
    public bool TryApply(RemoteConfiguration configuration, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var result = new RemoteConfigurationValidator().Validate(null, configuration);
        if (result.Failed)
        {
            reason = result.FailureMessage;
            return false;
        }

        var current = Current;
        var next = new RuntimeSettings(
            configuration.SampleIntervalMilliseconds is { } interval ? TimeSpan.FromMilliseconds(interval) : current.SampleInterval,
            configuration.MaxSamplesPerMessage ?? current.MaxSamplesPerMessage,
            configuration.MaxBatchAgeMilliseconds is { } age ? TimeSpan.FromMilliseconds(age) : current.MaxBatchAge,
            configuration.ConfigVersion);
        Volatile.Write(ref _current, next);
        reason = null;
        return true;
    }
}

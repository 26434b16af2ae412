using PredictMaint.Edge.Sampling;

namespace PredictMaint.Edge.Gpio;

/// <summary>The <c>flow_lpm</c> channel from a pulse flow meter: mean flow over the last sample interval.</summary>
public sealed class FlowMeterChannel(FlowPulseCounter counter) : ISensorChannel
{
    public const string Field = "flow_lpm";

    public string FieldName => Field;

    public bool TryRead(out double value)
    {
        ArgumentNullException.ThrowIfNull(counter);
        return counter.TryReadFlowLitresPerMinute(out value);
    }
}

namespace PredictMaint.Benchmarks.Drill;

/// <summary>Per edge device: samples and messages the broker acknowledged (queue cursor), dropped by overflow, and the last reported queue depth.</summary>
internal sealed record EdgeDrainResult(
    IReadOnlyDictionary<string, long> AcknowledgedSamples,
    IReadOnlyDictionary<string, long> AcknowledgedMessages,
    long Dropped,
    long LastQueueDepth);

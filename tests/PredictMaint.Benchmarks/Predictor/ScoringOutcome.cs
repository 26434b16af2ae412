namespace PredictMaint.Benchmarks.Predictor;

/// <summary>What one timed scoring pass over the fleet did.</summary>
/// <param name="Elapsed">Wall-clock time of the pass (scheduling and scoring, no data generation).</param>
/// <param name="ProcessorTime">CPU time the process used meanwhile (all threads): what the machine's other load changes much less.</param>
/// <param name="Evaluations">Device × grid-point evaluations (each runs the bearing and the pump rule).</param>
/// <param name="Predictions">Predictions sent to ticketing, keyed by component.</param>
/// <param name="Hits">Of those, the ones on a device the generator made wear that component.</param>
internal sealed record ScoringOutcome(TimeSpan Elapsed, TimeSpan ProcessorTime, long Evaluations, IReadOnlyDictionary<string, int> Predictions, IReadOnlyDictionary<string, int> Hits);

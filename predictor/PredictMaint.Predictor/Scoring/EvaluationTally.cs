namespace PredictMaint.Predictor.Scoring;

/// <summary>What a scoring pass did, for the service's metrics: evaluations made and those held back by a suspect sensor.</summary>
public sealed class EvaluationTally
{
    /// <summary>Evaluations of one component rule set at one grid time (filter, or bearing and pump together).</summary>
    public int Evaluations { get; private set; }

    /// <summary>Evaluations in which a rule was left unknown because a sensor it reads looked faulty (<see cref="RuleVerdict.SensorSuspect"/>).</summary>
    public int SensorSuspect { get; private set; }

    public void Evaluated() => Evaluations++;

    public void Suspect() => SensorSuspect++;
}

using System.Globalization;

namespace PredictMaint.Edge.Drills;

/// <summary>Outcome of <see cref="PowerCutDrill"/>; <see cref="ToString"/> is the line <c>./pm drill</c> prints last.</summary>
public sealed record PowerCutDrillResult(int Kills, long Lost, long Corrupt, long RecordsVerified, long TruncatedBytes)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"edge-powercut kills={Kills} lost={Lost} corrupt={Corrupt}");
}

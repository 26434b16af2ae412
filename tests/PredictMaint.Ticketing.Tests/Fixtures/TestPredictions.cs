using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>Valid predictions on a fixed device clock, far from the test's server clock.</summary>
public static class TestPredictions
{
    public static readonly DateTimeOffset DeviceNow = new(2031, 3, 14, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A device id no other test uses, so tests can share one database.</summary>
    public static string NewDeviceId() => "dev-" + Guid.NewGuid().ToString("N");

    public static Prediction For(string deviceId, string component = Component.Filter, double leadTimeHours = 100, DateTimeOffset? issuedAt = null)
    {
        var issued = issuedAt ?? DeviceNow;
        var predicted = issued.AddHours(leadTimeHours);
        return new Prediction
        {
            SiteId = "site-1",
            DeviceId = deviceId,
            Component = component,
            IssuedAt = issued,
            PredictedFailureAt = predicted,
            FailureWindowStart = predicted.AddHours(-12),
            FailureWindowEnd = predicted.AddHours(12),
            Confidence = 0.8,
            ModelVersion = "rul-test-1",
            Reason = "Pressure drop across the filter doubled in two weeks.",
        };
    }

    /// <summary>Evidence consistent with <paramref name="prediction"/>: a rising history and a forecast to the threshold.</summary>
    public static PredictionEvidence Evidence(Prediction prediction)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        return new PredictionEvidence
        {
            Indicator = "pressure_drop_at_rated_flow",
            Unit = "kPa",
            Threshold = 100,
            History = [.. Enumerable.Range(0, 48).Select(h => new EvidencePoint(prediction.IssuedAt.AddHours(h - 47), 60 + (h * 0.5)))],
            Forecast = [new(prediction.IssuedAt, 83.5), new(prediction.PredictedFailureAt, 100)],
            ContributingSensors = ["pressure_drop_kpa", "flow_lpm"],
        };
    }
}

using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ui.Tests.Fixtures;

/// <summary>Valid predictions for devices no other test uses.</summary>
public static class Predictions
{
    public const int HistoryPoints = 40;

    public static string NewDeviceId() => "ui-" + Guid.NewGuid().ToString("N")[..12];

    public static Prediction For(string deviceId, DateTimeOffset issuedAt, double leadTimeDays = 10, double confidence = 0.8, string site = "site-ui")
    {
        var predicted = issuedAt.AddDays(leadTimeDays);
        return new Prediction
        {
            SiteId = site,
            DeviceId = deviceId,
            Component = Component.Filter,
            IssuedAt = issuedAt,
            PredictedFailureAt = predicted,
            FailureWindowStart = predicted.AddDays(-1),
            FailureWindowEnd = predicted.AddDays(1),
            Confidence = confidence,
            ModelVersion = "rul-ui-1",
            Reason = "Pressure drop across the filter doubled in two weeks.",
            Evidence = new PredictionEvidence
            {
                Indicator = "pressure_drop_at_rated_flow",
                Unit = "kPa",
                Threshold = 100,
                History = [.. Enumerable.Range(0, HistoryPoints).Select(h => new EvidencePoint(issuedAt.AddHours(4 * (h - HistoryPoints + 1)), 50 + h))],
                Forecast = [new(issuedAt, 50 + HistoryPoints - 1), new(predicted, 100)],
                ContributingSensors = ["pressure_drop_kpa", "flow_lpm", "water_temp_c"],
            },
        };
    }
}

using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ui.Tests.Fixtures;

/// <summary>Valid predictions for devices no other test uses.</summary>
public static class Predictions
{
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
        };
    }
}

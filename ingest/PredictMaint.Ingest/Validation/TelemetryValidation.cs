using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ingest.Validation;

/// <summary>Outcome of <see cref="TelemetryValidator"/>: a message, or why there is none.</summary>
public sealed record TelemetryValidation(TelemetryMessage? Message, string? Reason)
{
    public static TelemetryValidation Accept(TelemetryMessage message) => new(message, null);

    public static TelemetryValidation Reject(string reason) => new(null, reason);
}

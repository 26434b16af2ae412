using System.Text.Json;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ingest.Validation;

/// <summary>
/// Checks a received telemetry payload against its topic and the contract. Pure: returns either
/// the message or the reason it must be dead-lettered.
/// </summary>
public static class TelemetryValidator
{
    public static TelemetryValidation Validate(string topic, ReadOnlySpan<byte> payload, int maxSamples)
    {
        if (!Topics.TryParse(topic, out var site, out var device, out var kind) || kind != Topics.Telemetry)
        {
            return TelemetryValidation.Reject($"topic '{topic}' is not pm/v1/{{site}}/{{device}}/telemetry");
        }

        TelemetryMessage? message;
        try
        {
            message = JsonSerializer.Deserialize(payload, ContractsJsonContext.Default.TelemetryMessage);
        }
        catch (JsonException exception)
        {
            return TelemetryValidation.Reject($"malformed JSON: {exception.Message}");
        }

        if (message is null)
        {
            return TelemetryValidation.Reject("payload is JSON null");
        }

        if (message.SchemaVersion != TelemetryMessage.CurrentSchemaVersion)
        {
            return TelemetryValidation.Reject($"unknown schema version {message.SchemaVersion} (supported: {TelemetryMessage.CurrentSchemaVersion})");
        }

        if (message.DeviceId != device || message.SiteId != site)
        {
            return TelemetryValidation.Reject($"payload is for {message.SiteId}/{message.DeviceId} but was published on the topic of {site}/{device}");
        }

        if (string.IsNullOrWhiteSpace(message.Model) || !Topics.IsValidId(message.Model))
        {
            return TelemetryValidation.Reject("model must be 1-64 characters of A-Z, a-z, 0-9, '-' or '_'");
        }

        if (message.Sequence < 0)
        {
            return TelemetryValidation.Reject($"sequence {message.Sequence} is negative");
        }

        if (message.Samples is null || message.Samples.Count == 0 || message.Samples.Count > maxSamples)
        {
            return TelemetryValidation.Reject($"a message carries 1 to {maxSamples} samples");
        }

        foreach (var sample in message.Samples)
        {
            if (sample.Timestamp == default)
            {
                return TelemetryValidation.Reject("a sample has no timestamp");
            }
        }

        return TelemetryValidation.Accept(message);
    }
}

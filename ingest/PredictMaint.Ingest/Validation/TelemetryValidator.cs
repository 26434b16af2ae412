using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ingest.Validation;

/// <summary>
/// Checks a received telemetry payload against its topic, the contract, physical plausibility and
/// the service clock. Returns either the message or the reason it must be dead-lettered; never
/// throws for any payload.
/// </summary>
public sealed class TelemetryValidator(IOptions<ValidationOptions> options, TimeProvider timeProvider)
{
    public TelemetryValidation Validate(string topic, ReadOnlySpan<byte> payload)
    {
        var settings = options.Value;
        if (!Topics.TryParse(topic, out var site, out var device, out var kind) || kind != Topics.Telemetry)
        {
            return TelemetryValidation.Reject($"topic '{topic}' is not pm/v1/{{site}}/{{device}}/telemetry");
        }

        if (payload.Length > settings.MaxPayloadBytes)
        {
            return TelemetryValidation.Reject($"payload of {payload.Length} bytes exceeds MaxPayloadBytes ({settings.MaxPayloadBytes})");
        }

        var parsed = Parse(payload, settings.MaxJsonDepth, out var message);
        if (parsed is not null)
        {
            return TelemetryValidation.Reject(parsed);
        }

        var reason = CheckEnvelope(message!, site, device, settings) ?? CheckSamples(message!, settings, timeProvider.GetUtcNow());
        return reason is null ? TelemetryValidation.Accept(message!) : TelemetryValidation.Reject(reason);
    }

    private static string? Parse(ReadOnlySpan<byte> payload, int maxDepth, out TelemetryMessage? message)
    {
        message = TelemetryFastReader.TryRead(payload, maxDepth);
        if (message is not null)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(payload, new JsonReaderOptions { MaxDepth = maxDepth });
            message = JsonSerializer.Deserialize(ref reader, ContractsJsonContext.Default.TelemetryMessage);
            if (reader.Read())
            {
                return "malformed JSON: content after the message object";
            }
        }
        catch (JsonException exception)
        {
            return $"malformed JSON: {exception.Message}";
        }

        return message is null ? "payload is JSON null" : null;
    }

    private static string? CheckEnvelope(TelemetryMessage message, string site, string device, ValidationOptions settings)
    {
        if (message.SchemaVersion != TelemetryMessage.CurrentSchemaVersion)
        {
            return $"unknown schema version {message.SchemaVersion} (supported: {TelemetryMessage.CurrentSchemaVersion})";
        }

        if (message.DeviceId != device || message.SiteId != site)
        {
            return $"payload is for {message.SiteId}/{message.DeviceId} but was published on the topic of {site}/{device}";
        }

        if (string.IsNullOrWhiteSpace(message.Model) || !Topics.IsValidId(message.Model))
        {
            return "model must be 1-64 characters of A-Z, a-z, 0-9, '-' or '_'";
        }

        if (message.Sequence < 0)
        {
            return $"sequence {message.Sequence} is negative";
        }

        return message.Samples is null || message.Samples.Count == 0 || message.Samples.Count > settings.MaxSamplesPerMessage
            ? $"a message carries 1 to {settings.MaxSamplesPerMessage} samples"
            : null;
    }

    private static string? CheckSamples(TelemetryMessage message, ValidationOptions settings, DateTimeOffset now)
    {
        // Looked up once per message rather than per reading: two dictionary lookups per reading cost more than the checks.
        var channels = TelemetryChannel.All;
        Span<(double Min, double Max)> ranges = stackalloc (double, double)[channels.Count];
        for (var c = 0; c < channels.Count; c++)
        {
            ranges[c] = settings.RangeOf(channels[c].FieldName);
        }

        var (oldest, latest) = (now - settings.MaxSampleAge, now + settings.MaxClockSkew);
        for (var index = 0; index < message.Samples.Count; index++)
        {
            var sample = message.Samples[index];
            if (sample is null || sample.Timestamp == default)
            {
                return $"sample {index} has no timestamp";
            }

            if (sample.Timestamp < oldest)
            {
                return string.Create(CultureInfo.InvariantCulture, $"sample {index} at {sample.Timestamp:O} is older than MaxSampleAge ({settings.MaxSampleAge}) before {now:O}");
            }

            if (sample.Timestamp > latest)
            {
                return string.Create(CultureInfo.InvariantCulture, $"sample {index} at {sample.Timestamp:O} is more than MaxClockSkew ({settings.MaxClockSkew}) ahead of {now:O}");
            }

            for (var c = 0; c < channels.Count; c++)
            {
                if (channels[c].Read(sample) is not { } value)
                {
                    continue;
                }

                var (min, max) = ranges[c];
                if (!double.IsFinite(value) || value < min || value > max)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"sample {index}: {channels[c].FieldName} = {value} is outside the plausible range [{min}, {max}]");
                }
            }
        }

        return null;
    }
}

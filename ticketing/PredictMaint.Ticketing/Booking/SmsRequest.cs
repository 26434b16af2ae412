using System.Text.Json.Serialization;

namespace PredictMaint.Ticketing.Booking;

/// <summary>What <see cref="WebhookSmsNotifier"/> posts to the SMS gateway adapter.</summary>
public sealed record SmsRequest(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("text")] string Text);

namespace PredictMaint.Ticketing.Booking;

/// <summary>A composed offer, ready for a channel: recipient address, language, subject and plain-text body.</summary>
public sealed record OfferMessage(string Recipient, string Language, string Subject, string Body);

namespace PredictMaint.Ticketing.Booking;

/// <summary>
/// The channels this service can reach customers on (one per registered <see cref="IOfferNotifier"/>:
/// e-mail always, SMS when configured). Each customer message is queued once per channel, so a
/// failing SMS gateway never holds back or repeats the mail.
/// </summary>
public sealed class CustomerChannels(IEnumerable<IOfferNotifier> notifiers)
{
    /// <summary>What a context built without DI (tools, schema tests) queues on.</summary>
    public static CustomerChannels EmailOnly { get; } = new([]);

    public IReadOnlyList<string> Names { get; } =
        [.. notifiers.Select(n => n.Channel).Append(OfferEnqueuer.EmailChannel).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}

using Microsoft.Extensions.Options;

namespace PredictMaint.Ticketing.Booking;

/// <summary>Registers customer offers: options, link signing, the mail notifier and the relay.</summary>
public static class BookingSetup
{
    public static void AddCustomerOffers(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<OfferOptions>()
            .Bind(builder.Configuration.GetSection(OfferOptions.SectionName))
            .Validate(o => OfferOptionsValidator.ValidateSending(o).Succeeded, "Offers are on (LinkSigningKey set) but SmtpHost is missing, or PublicBaseUrl is not absolute.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<OfferOptions>, OfferOptionsValidator>();
        services.AddSingleton<OfferLinkSigner>();
        services.AddSingleton<IOfferNotifier, SmtpOfferNotifier>();
        services.AddScoped<OfferSender>();
        services.AddScoped<OfferResponseStore>();
        services.AddHostedService<OfferRelay>();
    }
}

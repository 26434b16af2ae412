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
        services.AddOptions<SmsOptions>()
            .Bind(builder.Configuration.GetSection(SmsOptions.SectionName))
            .Validate(o => SmsOptionsValidator.ValidateWebhook(o).Succeeded, "Ticketing:Sms:WebhookUrl must be an absolute http(s) URL and needs a SigningSecret.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SmsOptions>, SmsOptionsValidator>();
        if (builder.Configuration.GetSection(SmsOptions.SectionName).Get<SmsOptions>()?.Enabled == true)
        {
            services.AddHttpClient(WebhookSmsNotifier.HttpClientName);
            services.AddSingleton<IOfferNotifier, WebhookSmsNotifier>();
        }

        services.AddSingleton<CustomerChannels>();
        services.AddScoped<OfferedMarker>();
        services.AddScoped<OfferSender>();
        services.AddScoped<OfferResponseStore>();
        services.AddScoped<CustomerVisitStore>();
        services.AddHostedService<OfferRelay>();
    }
}

using Microsoft.Extensions.Options;

namespace PredictMaint.Edge.AzureIotHub;

/// <summary>
/// Data annotations of <see cref="AzureIotHubOptions"/> (source-generated) plus what they cannot
/// say: an enabled hub needs a device id and a base64 key.
/// </summary>
internal sealed class AzureIotHubOptionsValidator : IValidateOptions<AzureIotHubOptions>
{
    public ValidateOptionsResult Validate(string? name, AzureIotHubOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ValidateOptionsResultBuilder();
        builder.AddResult(new AzureIotHubOptionsAnnotationsValidator().Validate(name, options));
        if (!options.Enabled)
        {
            return builder.Build();
        }

        if (string.IsNullOrWhiteSpace(options.DeviceId))
        {
            builder.AddError("AzureIotHub:DeviceId is required when AzureIotHub:HostName is set.");
        }

        if (string.IsNullOrWhiteSpace(options.DeviceKey) || !Convert.TryFromBase64String(options.DeviceKey, new byte[options.DeviceKey.Length], out _))
        {
            builder.AddError("AzureIotHub:DeviceKey must be the device's base64 symmetric key (the hub's device registry shows it).");
        }

        if (options.RenewBefore >= options.TokenLifetime)
        {
            builder.AddError("AzureIotHub:RenewBefore must be shorter than AzureIotHub:TokenLifetime.");
        }

        return builder.Build();
    }
}

[OptionsValidator]
internal sealed partial class AzureIotHubOptionsAnnotationsValidator : IValidateOptions<AzureIotHubOptions>;

using System.CommandLine;

namespace PredictMaint.FirmwareSim.Cli;

/// <summary>An absolute http(s) URL option with a clear message when it is not one.</summary>
internal static class UriOption
{
    public static Option<Uri> Create(string name, string description, string? defaultValue = null)
    {
        var option = new Option<Uri>(name)
        {
            Description = description,
            Required = defaultValue is null,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : defaultValue!;
                if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                {
                    // A base URL without a trailing slash would drop its last path segment when combined.
                    return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
                }

                result.AddError($"{name}: '{text}' is not an absolute http(s) URL, e.g. http://127.0.0.1:8086/");
                return null!;
            },
        };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = result => new Uri(defaultValue);
        }

        return option;
    }
}

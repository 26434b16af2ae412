using System.ComponentModel.DataAnnotations;

namespace PredictMaint.Platform.Influx;

/// <summary>
/// Where and how to reach InfluxDB. V1 needs <see cref="Database"/> (and optionally a user);
/// V2 needs <see cref="Organization"/>, <see cref="Bucket"/> and <see cref="Token"/> for writes, and
/// <see cref="Database"/> for InfluxQL queries (the DBRP mapping of the bucket).
/// </summary>
public sealed class InfluxClientOptions : IValidatableObject
{
    public const string SectionName = "Influx";

    [Required]
    public Uri Url { get; set; } = new("http://127.0.0.1:8086/");

    public InfluxApiVersion ApiVersion { get; set; } = InfluxApiVersion.V1;

    [Required(AllowEmptyStrings = false)]
    public string Database { get; set; } = string.Empty;

    /// <summary>v1 retention policy for writes; null uses the database's default.</summary>
    public string? RetentionPolicy { get; set; }

    /// <summary>v1 user, sent with <see cref="Password"/> as HTTP basic auth (never in the URL).</summary>
    public string? Username { get; set; }

    public string? Password { get; set; }

    public string? Organization { get; set; }

    public string? Bucket { get; set; }

    /// <summary>v2 API token, sent as <c>Authorization: Token …</c>.</summary>
    public string? Token { get; set; }

    /// <summary>Compress write bodies (<c>Content-Encoding: gzip</c>); worth it on slow links, costs CPU on fast ones.</summary>
    public bool Gzip { get; set; }

    /// <summary>Per request, including reading the response.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A query answer larger than this fails instead of filling memory; narrow the time range or add LIMIT.</summary>
    [Range(1024, int.MaxValue)]
    public int MaxQueryResponseBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>Throws <see cref="ValidationException"/> naming the first problem and how to fix it.</summary>
    public void Validate() => Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);

    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        if (Url is { } url && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
        {
            yield return new ValidationResult($"Url '{Url}' must be an absolute http:// or https:// address, e.g. http://127.0.0.1:8086/.", [nameof(Url)]);
        }

        if (Url is { IsAbsoluteUri: true } && !string.IsNullOrEmpty(Url.UserInfo))
        {
            yield return new ValidationResult("Url must not carry credentials: set Username/Password (v1) or Token (v2) instead.", [nameof(Url)]);
        }

        if (string.IsNullOrEmpty(Username) != string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Set both Username and Password, or neither.", [nameof(Username), nameof(Password)]);
        }

        if (ApiVersion == InfluxApiVersion.V2)
        {
            foreach (var (value, name) in new[] { (Organization, nameof(Organization)), (Bucket, nameof(Bucket)), (Token, nameof(Token)) })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    yield return new ValidationResult($"{name} is required when ApiVersion is V2.", [name]);
                }
            }
        }
    }
}

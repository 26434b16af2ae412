using Microsoft.Extensions.Options;

namespace PredictMaint.Ticketing.Web.Accounts;

/// <summary>Source-generated data-annotation validation, including every user entry.</summary>
[OptionsValidator]
public sealed partial class WebOptionsValidator : IValidateOptions<WebOptions>;

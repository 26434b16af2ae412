using Microsoft.Extensions.Options;

namespace PredictMaint.Ticketing.Options;

/// <summary>Source-generated data-annotation validation, including every API key entry.</summary>
[OptionsValidator]
public sealed partial class TicketingOptionsValidator : IValidateOptions<TicketingOptions>;

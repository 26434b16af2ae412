using Microsoft.Extensions.Options;

namespace PredictMaint.Ticketing.Options;

/// <summary>Source-generated data-annotation validation, including every catalogue entry.</summary>
[OptionsValidator]
public sealed partial class FieldServiceOptionsValidator : IValidateOptions<FieldServiceOptions>;

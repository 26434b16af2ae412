using Microsoft.Extensions.Options;

namespace PredictMaint.Edge.Uplink;

/// <summary>Source-generated validation of a <see cref="RemoteConfiguration"/> from its data annotations.</summary>
[OptionsValidator]
internal sealed partial class RemoteConfigurationValidator : IValidateOptions<RemoteConfiguration>;

using Microsoft.Extensions.Options;
using PredictMaint.Edge.Sampling;

namespace PredictMaint.Edge.Modbus;

/// <summary>
/// Data annotations of <see cref="ModbusOptions"/> and its registers (source-generated), plus the
/// register map checks — the latter only when <c>Sampling:Source</c> is <c>modbus</c>.
/// </summary>
internal sealed class ModbusOptionsValidator(IOptions<SamplingOptions> sampling) : IValidateOptions<ModbusOptions>
{
    public ValidateOptionsResult Validate(string? name, ModbusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ValidateOptionsResultBuilder();
        builder.AddResult(new ModbusOptionsAnnotationsValidator().Validate(name, options));
        if (sampling.Value.Source == ModbusSource.Name)
        {
            foreach (var error in ModbusRegisterMap.Validate(options, AppContext.BaseDirectory))
            {
                builder.AddError(error);
            }
        }

        return builder.Build();
    }
}

[OptionsValidator]
internal sealed partial class ModbusOptionsAnnotationsValidator : IValidateOptions<ModbusOptions>;

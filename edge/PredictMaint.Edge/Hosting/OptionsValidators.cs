using Microsoft.Extensions.Options;
using PredictMaint.Edge.Gpio;
using PredictMaint.Edge.Queue;
using PredictMaint.Edge.Sampling;
using PredictMaint.Edge.Uplink;
using PredictMaint.Platform.Configuration;

namespace PredictMaint.Edge.Hosting;

// Source-generated data-annotation validators: no reflection, so trimming keeps them working.
[OptionsValidator]
internal sealed partial class EdgeOptionsValidator : IValidateOptions<EdgeOptions>;

[OptionsValidator]
internal sealed partial class SamplingOptionsValidator : IValidateOptions<SamplingOptions>;

[OptionsValidator]
internal sealed partial class UplinkOptionsValidator : IValidateOptions<UplinkOptions>;

[OptionsValidator]
internal sealed partial class DiskQueueOptionsValidator : IValidateOptions<DiskQueueOptions>;

[OptionsValidator]
internal sealed partial class MqttSettingsValidator : IValidateOptions<MqttSettings>;

[OptionsValidator]
internal sealed partial class GpioOptionsValidator : IValidateOptions<GpioOptions>;

using System.Threading.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PredictMaint.Edge.AzureIotHub;
using PredictMaint.Edge.Gpio;
using PredictMaint.Edge.Gpio.Libgpiod;
using PredictMaint.Edge.Gpio.Simulation;
using PredictMaint.Edge.Modbus;
using PredictMaint.Edge.Queue;
using PredictMaint.Edge.Sampling;
using PredictMaint.Edge.Uplink;
using PredictMaint.Platform.Configuration;

namespace PredictMaint.Edge.Hosting;

/// <summary>Builds and runs the agent's Generic Host: sampling → bounded channel → disk queue → uplink.</summary>
public static class EdgeHost
{
    public const string EnvironmentPrefix = "PM_EDGE_";

    public static async Task<int> RunAsync(string[] args)
    {
        // A 1024-point FFT is too small to gain from MathNet's Parallel.For; the thread hand-offs
        // (and the thread pool spinning after them) cost more CPU than the transform itself.
        MathNet.Numerics.Control.UseSingleThread();
        using var host = CreateBuilder(args).Build();
        try
        {
            ValidateConfiguration(host.Services);
        }
        catch (Exception ex) when (ex is OptionsValidationException or AggregateException)
        {
            var failures = ex is AggregateException all ? all.InnerExceptions.Select(e => e.Message) : [ex.Message];
            await Console.Error.WriteLineAsync($"Invalid configuration:\n  {string.Join("\n  ", failures)}");
            return 3;
        }

        await host.RunAsync();
        return 0;
    }

    /// <summary>
    /// Checks every options class before any service is built, so all mistakes are reported at
    /// once (a service constructor reading an invalid option would report only the first).
    /// </summary>
    public static void ValidateConfiguration(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.GetService<IStartupValidator>()?.Validate();
    }

    /// <summary>
    /// The host with everything registered; tests replace <see cref="ISensorChannel"/> list and
    /// configuration before building.
    /// </summary>
    public static HostApplicationBuilder CreateBuilder(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var configFile = ConfigFileArgument(args, out var rest);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { Args = rest, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        if (configFile is not null)
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(configFile), optional: false);
        }

        builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix).AddCommandLine(rest);
        builder.Logging.AddSimpleConsole(o => (o.SingleLine, o.TimestampFormat) = (true, "HH:mm:ss.fff "));
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        // Spelled out per type: the configuration binder and validators are source-generated only for concrete calls.
        var configuration = builder.Configuration;
        services.AddOptions<EdgeOptions>().Bind(configuration.GetSection(EdgeOptions.SectionName)).ValidateOnStart();
        services.AddOptions<SamplingOptions>().Bind(configuration.GetSection(SamplingOptions.SectionName)).ValidateOnStart();
        services.AddOptions<UplinkOptions>().Bind(configuration.GetSection(UplinkOptions.SectionName)).ValidateOnStart();
        services.AddOptions<DiskQueueOptions>().Bind(configuration.GetSection(DiskQueueOptions.SectionName)).ValidateOnStart();
        services.AddOptions<MqttSettings>().Bind(configuration.GetSection(MqttSettings.SectionName)).ValidateOnStart();
        services.AddOptions<GpioOptions>().Bind(configuration.GetSection(GpioOptions.SectionName)).ValidateOnStart();
        services.AddOptions<ModbusOptions>().Bind(configuration.GetSection(ModbusOptions.SectionName)).ValidateOnStart();
        services.AddOptions<AzureIotHubOptions>().Bind(configuration.GetSection(AzureIotHubOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AzureIotHubOptions>, AzureIotHubOptionsValidator>();
        services.AddSingleton<IValidateOptions<ModbusOptions>, ModbusOptionsValidator>();
        services.AddSingleton<IValidateOptions<GpioOptions>, GpioOptionsValidator>();
        services.AddSingleton<IValidateOptions<EdgeOptions>, EdgeOptionsValidator>();
        services.AddSingleton<IValidateOptions<SamplingOptions>, SamplingOptionsValidator>();
        services.AddSingleton<IValidateOptions<UplinkOptions>, UplinkOptionsValidator>();
        services.AddSingleton<IValidateOptions<DiskQueueOptions>, DiskQueueOptionsValidator>();
        services.AddSingleton<IValidateOptions<MqttSettings>, MqttSettingsValidator>();
        services.PostConfigure<MqttSettings>(m => m.ClientId = m.ClientId == "pm-service" ? builder.Configuration["Edge:Device"] ?? m.ClientId : m.ClientId);

        services.AddSingleton(sp => DiskQueueLog.Open(sp.GetRequiredService<IOptions<DiskQueueOptions>>().Value));
        services.AddSingleton<RuntimeSettingsStore>();
        services.AddSingleton<EdgeStatusTracker>();
        services.AddSingleton<ModbusSource>();
        services.AddSingleton<IReadOnlyList<ISensorChannel>>(sp => sp.GetRequiredService<ModbusSource>() is { Enabled: true } modbus
            ? modbus.CreateChannels()
            : SimulatedPurifierChannels.Create(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new SimulatedGpioPinSource(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new GpioInputs(sp.GetRequiredService<IOptions<GpioOptions>>().Value, OpenPins(sp), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new SampleReader(
            WithGpioChannels(sp.GetRequiredService<IReadOnlyList<ISensorChannel>>(), sp.GetRequiredService<GpioInputs>()),
            sp.GetRequiredService<IOptions<SamplingOptions>>().Value.Limits,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<SamplingOptions>>().Value.RatedFlowLitresPerMinute,
            sp.GetRequiredService<IOptions<SamplingOptions>>().Value.CloggingIndexMinimumFlowFraction));
        services.AddSingleton(sp => Channel.CreateBounded<byte[]>(
            new BoundedChannelOptions(sp.GetRequiredService<IOptions<SamplingOptions>>().Value.BufferCapacity) { SingleReader = true, SingleWriter = true }));
        services.AddSingleton(sp => sp.GetRequiredService<Channel<byte[]>>().Reader);
        services.AddSingleton(sp => sp.GetRequiredService<Channel<byte[]>>().Writer);

        // Stopped in reverse order: sampling first, then the queue writer drains, then the uplink.
        services.AddHostedService<UplinkService>();
        services.AddHostedService<GpioService>();
        services.AddHostedService<ModbusPollingService>();
        services.AddHostedService<QueueWriterService>();
        services.AddHostedService<SamplingService>();
        return builder;
    }

    private static IGpioPinSource? OpenPins(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<GpioOptions>>().Value;
        if (!options.Enabled)
        {
            return null;
        }

        return options.Chip == GpioOptions.SimulatedChip ? services.GetRequiredService<SimulatedGpioPinSource>() : new LibgpiodPinSource(options.Chip);
    }

    /// <summary>A GPIO flow meter, when configured, replaces whatever else provides <c>flow_lpm</c>.</summary>
    private static List<ISensorChannel> WithGpioChannels(IReadOnlyList<ISensorChannel> channels, GpioInputs gpio) =>
        gpio.FlowMeter is { } flow ? [.. channels.Where(c => c.FieldName != flow.FieldName), flow] : [.. channels];

    private static string? ConfigFileArgument(string[] args, out string[] rest)
    {
        var index = Array.IndexOf(args, "--config");
        if (index < 0 || index + 1 >= args.Length)
        {
            rest = args;
            return null;
        }

        rest = [.. args[..index], .. args[(index + 2)..]];
        return args[index + 1];
    }
}

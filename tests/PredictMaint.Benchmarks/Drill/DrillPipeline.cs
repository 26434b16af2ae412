using System.Globalization;
using System.Net.Sockets;
using PredictMaint.Benchmarks.Processes;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Benchmarks.Drill;

/// <summary>
/// Everything the drill starts: the secured Mosquitto of <c>./pm setup</c> (TLS, an account per
/// service and device, the generated ACL; <see cref="SecuredMosquitto"/>) and InfluxDB through
/// <c>scripts/services/*.sh</c> (free ports, data in temp folders), and ingest, predictor,
/// ticketing, the Modbus simulator, the edge agents (each provisioned with
/// <c>./pm provision device</c>) and the fleet simulator as child processes of the built programs.
/// Disposing stops all of it by PID (the servers through their scripts' PID files).
/// </summary>
internal sealed class DrillPipeline : IAsyncDisposable
{
    public const string Database = "drill";
    public const string EdgeSite = "drill-edge";
    public const string IngestClientId = "pm-ingest-drill";
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif
    private readonly List<ServiceProcess> _processes = [];
    private readonly string _predictorKey = Guid.NewGuid().ToString("N");

    private SecuredMosquitto? _secured;

    public DrillPipeline(DrillSettings settings)
    {
        Settings = settings;
        Directory.CreateDirectory(LogDirectory);
        Influx = new InfluxServer();
        Rss.Watch("influxdb", () => PidFromFile(Path.Combine(Influx.DataDirectory, "influxd.pid")));
    }

    public DrillSettings Settings { get; }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"pm-drill-{Guid.NewGuid():N}");

    public string LogDirectory => Path.Combine(Folder, "logs");

    public string GroundTruthFile => Path.Combine(Folder, "ground-truth.json");

    public string PlannerKey { get; } = Guid.NewGuid().ToString("N");

    public MosquittoServer Broker => Secured.Broker;

    private SecuredMosquitto Secured => _secured ?? throw new InvalidOperationException("the broker is not set up yet (StartServersAsync)");

    public InfluxServer Influx { get; }

    public RssMonitor Rss { get; } = new();

    public ServiceProcess Ingest { get; private set; } = null!;

    public ServiceProcess Fleet { get; private set; } = null!;

    public IReadOnlyList<ServiceProcess> EdgeAgents { get; private set; } = [];

    public Uri TicketingUrl { get; } = LocalUrl();

    public Uri PredictorUrl { get; } = LocalUrl();

    public Uri IngestUrl { get; } = LocalUrl();

    public IEnumerable<string> LogFiles => [.. _processes.Select(p => p.LogFile), .. _secured is null ? [] : (string[])[Broker.LogFile], Path.Combine(Influx.DataDirectory, "influxd.log")];

    public static string EdgeDeviceId(int index) => string.Create(CultureInfo.InvariantCulture, $"edge-{index + 1:D3}");

    public string EdgeQueueDirectory(int index) => Path.Combine(Folder, "edge", EdgeDeviceId(index));

    /// <summary>The PKI and service accounts (scripts/pki.sh, scripts/mqtt-accounts.sh), then the secured broker and InfluxDB.</summary>
    public async Task StartServersAsync()
    {
        _secured = await SecuredMosquitto.CreateAsync();
        Rss.Watch("mosquitto", () => PidFromFile(Path.Combine(Broker.DataDirectory, "mosquitto.pid")));
        await Broker.StartAsync();
        await Influx.StartAsync();
    }

    /// <summary>
    /// A service's broker connection: TLS against the drill's CA, its own account (ingest, predictor),
    /// the password by environment (<see cref="ServiceBrokerEnvironment"/>) as the systemd units do.
    /// </summary>
    public IEnumerable<string> ServiceBrokerArguments(string account, string clientId) =>
    [
        $"--Mqtt:Host={MosquittoServer.Host}", $"--Mqtt:Port={Broker.Port.ToString(CultureInfo.InvariantCulture)}", $"--Mqtt:ClientId={clientId}",
        $"--Mqtt:Username={account}", $"--Mqtt:CaCertificateFile={Secured.CaCertificateFile}",
    ];

    public Dictionary<string, string> ServiceBrokerEnvironment(string account) => new(StringComparer.Ordinal) { ["Mqtt__Password"] = Secured.ServicePassword(account) };

    /// <summary>The fleet simulator publishes for every direct device through its gateway account (firmware-sim).</summary>
    public IEnumerable<string> SimulatorBrokerArguments() =>
    [
        "--mqtt-host", MosquittoServer.Host, "--mqtt-port", Broker.Port.ToString(CultureInfo.InvariantCulture),
        "--mqtt-username", "firmware-sim", "--mqtt-ca-file", Secured.CaCertificateFile,
    ];

    public async Task StartServicesAsync(CancellationToken cancellationToken)
    {
        var ticketingDll = ProgramPath("ticketing", "PredictMaint.Ticketing", "PredictMaint.Ticketing.dll");
        var ticketing = Add(new ServiceProcess("ticketing", ticketingDll,
        [
            $"--urls={TicketingUrl}", $"--contentRoot={Path.GetDirectoryName(ticketingDll)}", $"--Ticketing:DatabasePath={Path.Combine(Folder, "tickets.db")}",
            $"--Ticketing:DirectoryFile={Path.Combine(RepositoryPaths.Root, "ticketing", "demo-directory.json")}",
            "--Ticketing:ApiKeys:0:Name=predictor", "--Ticketing:ApiKeys:0:Role=predictor", $"--Ticketing:ApiKeys:0:Key={_predictorKey}",
            "--Ticketing:ApiKeys:1:Name=planner", "--Ticketing:ApiKeys:1:Role=planner", $"--Ticketing:ApiKeys:1:Key={PlannerKey}",
        ], LogDirectory));
        Ingest = Add(new ServiceProcess("ingest", ProgramPath("ingest", "PredictMaint.Ingest", "pm-ingest.dll"),
        [
            $"--urls={IngestUrl}", .. ServiceBrokerArguments("ingest", IngestClientId), $"--Influx:Url={Influx.Url}", $"--Influx:Database={Database}",
            "--Ingest:Validation:MaxSampleAge=3650.00:00:00", // the fleet plays past dates
            // Rollups lag their raw points by up to MinimumAge + Interval (35 s by default): at the drill's
            // 5,000-20,000x that is one to eight days of device time, so pumps and bearings would be
            // judged on week-old hours, after their maintenance. 2 s is a few device hours.
            "--Ingest:Rollups:Interval=00:00:01", "--Ingest:Rollups:MinimumAge=00:00:01",
            // As the systemd unit runs it: the buckets written but not rolled up yet survive the drill's
            // kill -9. Without the journal each kill dropped them, and those hours never got rollups.
            $"--Ingest:Rollups:JournalFile={Path.Combine(Folder, "ingest-rollups.journal")}",
            $"--Ingest:SharedSubscription={Settings.SharedSubscription.ToString(CultureInfo.InvariantCulture)}",
        ], LogDirectory, ServiceBrokerEnvironment("ingest")));
        var predictor = Add(new ServiceProcess("predictor", ProgramPath("predictor", "PredictMaint.Predictor", "pm-predictor.dll"),
        [
            $"--urls={PredictorUrl}", $"--Influx:Url={Influx.Url}", $"--Influx:Database={Database}", $"--Predictor:TicketingUrl={TicketingUrl}",
            "--Predictor:Interval=00:00:02", $"--Predictor:EvaluationStep={Settings.EvaluationStep:c}", .. ServiceBrokerArguments("predictor", "pm-predictor-drill"),
        ], LogDirectory, new Dictionary<string, string>(ServiceBrokerEnvironment("predictor")) { ["Predictor__TicketingApiKey"] = _predictorKey }));
        foreach (var service in (ServiceProcess[])[ticketing, Ingest, predictor])
        {
            service.Start();
        }

        await Readiness.WaitHealthyAsync(ticketing, TicketingUrl, cancellationToken);
        await Readiness.WaitHealthyAsync(predictor, PredictorUrl, cancellationToken);
        // Published before ingest's first subscribe = no subscriber: wait for it.
        await Readiness.WaitIngestSubscribedAsync(Ingest, IngestUrl, cancellationToken);
    }

    /// <summary>
    /// The Modbus simulator (one port per device, nothing failing) and one edge agent per device, each
    /// provisioned as a real installation is (<c>./pm provision device</c>: its own account and ACL
    /// lines, a bundle with edge.json and the CA) and run from that bundle.
    /// </summary>
    public async Task StartEdgeAsync(CancellationToken cancellationToken)
    {
        var fleetFile = Path.Combine(Folder, "edge-fleet.json");
        await File.WriteAllTextAsync(fleetFile, """{"failing_fraction":0,"pump_failing_fraction":0,"pump_seizure_fraction":0,"bearing_failing_fraction":0}""", cancellationToken);
        var firstPort = Readiness.FreePortRange(Settings.EdgeDevices);
        var modbus = Add(new ServiceProcess("modbus-sim", SimulatorDll,
        [
            "modbus", "--port-per-device", "--port", firstPort.ToString(CultureInfo.InvariantCulture), "--devices", Settings.EdgeDevices.ToString(CultureInfo.InvariantCulture),
            "--days", "36500", "--seed", Settings.Seed.ToString(CultureInfo.InvariantCulture), "--fleet", fleetFile,
        ], LogDirectory));
        modbus.Start();
        await Readiness.WaitPortAsync(modbus, firstPort + Settings.EdgeDevices - 1, cancellationToken);

        var edgeDll = ProgramPath("edge", "PredictMaint.Edge", "PredictMaint.Edge.dll");
        var bundles = new List<string>();
        for (var i = 0; i < Settings.EdgeDevices; i++)
        {
            bundles.Add(await Secured.ProvisionDeviceAsync(EdgeSite, EdgeDeviceId(i)));
        }

        EdgeAgents = [.. Enumerable.Range(0, Settings.EdgeDevices).Select(i => Add(new ServiceProcess(EdgeDeviceId(i), edgeDll,
        [
            "--config", Path.Combine(bundles[i], "edge.json"), "--Edge:Model=aqua-400", "--Sampling:Source=modbus", $"--Modbus:Port={(firstPort + i).ToString(CultureInfo.InvariantCulture)}", "--Modbus:ReconnectDelayMax=00:00:05",
            $"--Queue:Directory={EdgeQueueDirectory(i)}", "--Uplink:MaxBatchAge=00:00:02", "--Uplink:ReconnectDelayMax=00:00:02", "--Uplink:StatusInterval=00:00:05",
        ], LogDirectory)))];
        foreach (var agent in EdgeAgents)
        {
            agent.Start();
        }
    }

    /// <summary>
    /// The directly publishing fleet (<c>pm-firmware-sim run</c>) with the simulator's usual share of
    /// clogging filters and degrading bearings, and of wearing pumps when the run is long enough
    /// (<see cref="DrillSettings.PumpWear"/>); all are judged against the tickets. Pump seizures are
    /// left out: they come without a precursor, so no prediction can ticket them ahead
    /// (<c>./pm eval fleet</c> counts them as misses).
    /// </summary>
    public async Task StartFleetAsync(CancellationToken cancellationToken)
    {
        var fleetFile = Path.Combine(Folder, "fleet.json");
        var fleet = Settings.PumpWear ? """{"pump_seizure_fraction":0}""" : """{"pump_failing_fraction":0,"pump_seizure_fraction":0}""";
        await File.WriteAllTextAsync(fleetFile, fleet, cancellationToken);
        Fleet = Add(new ServiceProcess("fleet-sim", SimulatorDll,
        [
            "run", "--devices", (Settings.Devices - Settings.EdgeDevices).ToString(CultureInfo.InvariantCulture), "--days", Settings.Days.ToString(CultureInfo.InvariantCulture),
            "--minutes", Settings.Minutes.ToString(CultureInfo.InvariantCulture), "--seed", Settings.Seed.ToString(CultureInfo.InvariantCulture),
            "--fleet", fleetFile, "--truth", GroundTruthFile, .. SimulatorBrokerArguments(),
        ], LogDirectory, new Dictionary<string, string> { ["PM_MQTT_PASSWORD"] = Secured.ServicePassword("firmware-sim") }) { ProgressPrefix = "  sim " });
        Fleet.Start();
    }

    /// <summary>False after a passing run: the temp folder (logs, ticket database, edge queues) is deleted on dispose.</summary>
    public bool KeepFolder { get; set; } = true;

    public async ValueTask DisposeAsync()
    {
        await Rss.DisposeAsync();
        foreach (var process in Enumerable.Reverse(_processes))
        {
            await process.DisposeAsync();
        }

        await Influx.DisposeAsync();
        if (_secured is not null)
        {
            await _secured.DisposeAsync();
        }

        if (!KeepFolder)
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private static string SimulatorDll => ProgramPath("firmware-sim", "PredictMaint.FirmwareSim", "pm-firmware-sim.dll");

    private static string ProgramPath(string component, string project, string dll) => ServiceProcess.ProgramPath(component, project, dll, Configuration);

    private static Uri LocalUrl() => new($"http://127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}/");

    private static int PidFromFile(string path) =>
        File.Exists(path) && int.TryParse(File.ReadAllText(path).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : 0;

    private ServiceProcess Add(ServiceProcess process)
    {
        _processes.Add(process);
        Rss.Watch(process.Name, () => process.ProcessId);
        return process;
    }
}

using System.Globalization;

namespace PredictMaint.Benchmarks.Drill;

/// <summary>What <c>./pm drill</c> runs: fleet size, simulated and real duration, seed, and how many devices take the edge path.</summary>
/// <param name="Devices">All simulated devices: <paramref name="EdgeDevices"/> through Modbus and edge agents, the rest publish directly.</param>
/// <param name="Days">Simulated days of the directly publishing fleet.</param>
/// <param name="Minutes">Real minutes the fleet's run should take (faults are injected during it).</param>
/// <param name="Seed">Seeds the fleet and the fault schedule.</param>
/// <param name="EdgeDevices">Devices behind the Modbus simulator, each with its own edge agent process.</param>
/// <param name="SharedSubscription">Run ingest with a shared subscription instead of its default plain one (loses messages over a broker restart on Mosquitto 2.0.11).</param>
internal sealed record DrillSettings(int Devices, double Days, double Minutes, int Seed, int EdgeDevices, bool SharedSubscription)
{
    /// <summary>Default pace: what the whole pipeline sustains on two shared cores with room for the backlogs the faults cause.</summary>
    private const double SamplesPerSecond = 10_000;

    public const string Help = """
        Usage: ./pm drill --short
               ./pm drill --devices N --days D [--minutes M] [--seed S] [--edge-devices E] [--shared-subscription]
               ./pm drill edge-powercut [--kills N]

        Runs the whole pipeline as separate processes on private servers (the secured Mosquitto of ./pm setup:
        its own CA, TLS, an account per service and per edge device, the ACL; InfluxDB; both through
        scripts/services/*.sh on free ports, data in temp folders; ingest, predictor, ticketing, edge agents
        provisioned with ./pm provision device) and plays a simulated fleet at high speed while it injects
        faults at seeded random times: broker
        restarts, InfluxDB outages, kill -9 of ingest, kill -9 of edge agents. Then it checks every device's
        samples in InfluxDB against what was published (direct devices) or acknowledged by the broker (edge
        agents' queue cursors), and the tickets against the simulator's ground truth.

          --short              40 devices (2 on the edge path), 20 simulated days in 1.5 minutes; about 2-3 minutes in all
                               (the other options override these)
        Filters clog and bearings degrade in every run; pumps wear out only in runs of 60 days or more (shorter
        runs would squeeze a pump's wear into days, faster than any real pump). Pump seizures are left out: they
        give no warning to predict. The predictor evaluates every device hour while the fleet asks for at most 300
        device-hours of evaluation a second, and every few hours beyond (up to 6), so at 1,000 devices it is not asked
        for the work of a fleet of millions.
          --devices N          simulated devices, of which --edge-devices go through Modbus + edge agents (default N/200, 2..5)
          --days D             simulated days (default 30)
          --minutes M          real minutes of the fleet's run (default: ~10,000 samples per second, at least 2;
                               faster, the broker's backlog grows and its once-a-second autosave rewrites it all)
          --seed S             fleet and fault schedule (default 42)
          --shared-subscription  ingest with its shared subscription (default: plain, see ingest/README.md)

        Progress goes to stderr; the report ends with the line
          drill devices=<n> samples=<s> lost=<k> failures=<f> ticketed=<t> false_tickets=<k> max_rss_mb=<m> errors=<k>
        Exit code 1 when anything was lost, a ticket was false or a failure was not ticketed; 2 for bad options.
        """;

    /// <summary>Shortest run whose failing pumps wear at a believable pace (see <see cref="PumpWear"/>).</summary>
    public const double PumpWearMinimumDays = 60;

    /// <summary>
    /// Whether the fleet has wearing pumps. The simulator fits a failing pump's whole life into
    /// 30-90 % of the run, so a 20-day run wears pumps out in 6-18 days: 2-5 % efficiency a day,
    /// more than any real pump and more than the predictor's sensor-fault guard accepts as wear
    /// (3 % a day). Shorter runs judge filters and bearings, and count every pump ticket as false.
    /// </summary>
    public bool PumpWear => Days >= PumpWearMinimumDays;

    /// <summary>Device-hours of hourly evaluations per real second the predictor is asked for at most.</summary>
    public const double EvaluationBudgetPerSecond = 300;

    /// <summary>
    /// The predictor's evaluation step (device time between two scorings of a device). Played at
    /// thousands of times real speed, 1,000 devices ask for 1,500+ device-hours of evaluation a real
    /// second, each rule on its whole window: the work of a fleet of millions in real time, on the
    /// two cores InfluxDB also uses, and the predictor falls ever further behind. The step grows with
    /// the fleet's device-hours per second so the predictor is asked for at most
    /// <see cref="EvaluationBudgetPerSecond"/> (1 h at most for the short drill, 6 h at most; the
    /// horizon is 72 h, so a ticket still comes days ahead).
    /// </summary>
    public TimeSpan EvaluationStep
    {
        get
        {
            var deviceHoursPerSecond = Devices * Days * 24 / (Minutes * 60);
            return TimeSpan.FromHours(Math.Clamp(Math.Ceiling(deviceHoursPerSecond / EvaluationBudgetPerSecond), 1, 6));
        }
    }

    public static bool TryParse(string[] args, out DrillSettings settings, out string? error)
    {
        settings = null!;
        error = null;
        int? devices = null, edge = null, seed = null;
        double? days = null, minutes = null;
        bool shared = false, preset = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--shared-subscription" or "--short")
            {
                (shared, preset) = (shared || args[i] == "--shared-subscription", preset || args[i] == "--short");
                continue;
            }

            if (i + 1 >= args.Length || !double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                error = $"Option '{args[i]}' needs a number (see ./pm drill --help).";
                return false;
            }

            switch (args[i++])
            {
                case "--devices": devices = (int)value; break;
                case "--days": days = value; break;
                case "--minutes": minutes = value; break;
                case "--seed": seed = (int)value; break;
                case "--edge-devices": edge = (int)value; break;
                default:
                    error = $"Unknown option '{args[i - 1]}' (see ./pm drill --help).";
                    return false;
            }
        }

        if (preset)
        {
            // --short: the test suite's size; other options still override it.
            (devices, days, minutes, edge) = (devices ?? 40, days ?? 20, minutes ?? 1.5, edge ?? 2);
        }

        if (devices is null)
        {
            error = "Say how big: ./pm drill --short, or ./pm drill --devices N --days D (see ./pm drill --help).";
            return false;
        }

        var edgeDevices = edge ?? Math.Clamp(devices.Value / 200, 2, 5);
        if (edgeDevices >= devices || devices > 5000 || edgeDevices > 50 || edgeDevices < 1)
        {
            error = "Need 1 to 50 edge devices, more devices than that, and at most 5,000 devices.";
            return false;
        }

        var dayCount = days ?? 30;
        var defaultMinutes = (devices.Value - edgeDevices) * dayCount * 144 / SamplesPerSecond / 60;
        settings = new DrillSettings(devices.Value, dayCount, minutes ?? Math.Max(2, Math.Ceiling(defaultMinutes)), seed ?? 42, edgeDevices, shared);
        return true;
    }
}

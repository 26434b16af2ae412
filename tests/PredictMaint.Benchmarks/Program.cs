using PredictMaint.Benchmarks.Drill;
using PredictMaint.Benchmarks.Ingest;
using PredictMaint.Benchmarks.Mqtt;
using PredictMaint.Benchmarks.Predictor;
using PredictMaint.Benchmarks.Ticketing;

string Usage = $"""
    Usage: PredictMaint.Benchmarks <command> [options]

    Commands:
      mqtt    QoS 1 throughput of our MQTT client vs mosquitto_pub/mosquitto_sub on a private Mosquitto.
              --messages N         messages per run (default 100000)
              --payload-bytes B    payload size (default 200)
      ingest  InfluxDB's raw write limit vs MQTT -> ingest process -> InfluxDB, same points, same batch size.
              --points N               points in total (default 1000000)
              --samples-per-message S  samples per MQTT message (default 50)
              --batch B                points per InfluxDB write (default 5000)
              --devices D              parallel publishers (default 8)
              --peers                  also Node-RED's MQTT-in -> InfluxDB flow on the same points (npm install into .data/bench-peers)
      ingest-cpu  ingest's own CPU per point (validate + render, one thread, no servers); same options as ingest.
      ticketing  Concurrent clients creating and walking tickets over HTTP against the service on a private PostgreSQL.
              --clients C          concurrent clients (default 16)
              --seconds S          measured seconds after a 3 s warm-up (default 20)
      predictor  The service's hourly scoring (bearing + pump rules) over a generated fleet, timed on
              all cores, and its rollup reader against a private InfluxDB (sample, extrapolated).
              Last line: predictor devices=<n> compute_s=<x> read_s=<y>
    {PredictorBenchmarkSettings.Help}
      drill   The pipeline under injected faults (broker restarts, InfluxDB outages, kill -9 of ingest and
              edge agents), judged on lost samples and tickets versus ground truth (drill --help).

    The last stdout line of a command is its machine-readable result.
    """;

if (args.Length == 0 || args[0] is "--help" or "-h")
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 2 : 0;
}

// Every bench's options are in the one usage text; the drill has its own (drill --help).
if (args[0] != "drill" && args.Any(a => a is "--help" or "-h"))
{
    Console.WriteLine(Usage);
    return 0;
}

switch (args[0])
{
    case "mqtt":
        if (!MqttBenchmarkSettings.TryParse(args[1..], out var settings, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        Console.WriteLine(await MqttThroughputBenchmark.RunAsync(settings));
        return 0;
    case "ingest":
        if (!IngestBenchmarkSettings.TryParse(args[1..], out var ingestSettings, out var ingestError))
        {
            Console.Error.WriteLine(ingestError);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        Console.WriteLine(await IngestThroughputBenchmark.RunAsync(ingestSettings));
        return 0;
    case "ingest-cpu":
        if (!IngestBenchmarkSettings.TryParse(args[1..], out var costSettings, out var costError))
        {
            Console.Error.WriteLine(costError);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        Console.WriteLine(PipelineCost.Run(costSettings));
        return 0;
    case "ticketing":
        if (!TicketingBenchmarkSettings.TryParse(args[1..], out var ticketingSettings, out var ticketingError))
        {
            Console.Error.WriteLine(ticketingError);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        Console.WriteLine(await TicketingThroughputBenchmark.RunAsync(ticketingSettings));
        return 0;
    case "predictor":
        if (!PredictorBenchmarkSettings.TryParse(args[1..], out var predictorSettings, out var predictorError))
        {
            Console.Error.WriteLine(predictorError);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        Console.WriteLine(await PredictorScoringBenchmark.RunAsync(predictorSettings));
        return 0;
    case "drill":
        return await DrillCommand.RunAsync(args[1..]);
    default:
        Console.Error.WriteLine($"Unknown command '{args[0]}'.");
        Console.Error.WriteLine(Usage);
        return 2;
}

using PredictMaint.Benchmarks.Mqtt;

const string Usage = """
    Usage: PredictMaint.Benchmarks <command> [options]

    Commands:
      mqtt    QoS 1 throughput of our MQTT client vs mosquitto_pub/mosquitto_sub on a private Mosquitto.
              --messages N         messages per run (default 100000)
              --payload-bytes B    payload size (default 200)

    The last stdout line of a command is its machine-readable result.
    """;

if (args.Length == 0 || args[0] is "--help" or "-h")
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 2 : 0;
}

switch (args[0])
{
    case "mqtt":
        if (args.Contains("--help"))
        {
            Console.WriteLine(Usage);
            return 0;
        }

        if (!MqttBenchmarkSettings.TryParse(args[1..], out var settings, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        Console.WriteLine(await MqttThroughputBenchmark.RunAsync(settings));
        return 0;
    default:
        Console.Error.WriteLine($"Unknown command '{args[0]}'.");
        Console.Error.WriteLine(Usage);
        return 2;
}

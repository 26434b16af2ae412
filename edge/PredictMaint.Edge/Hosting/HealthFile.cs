using System.Text.Json;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Edge.Hosting;

/// <summary>
/// The local health report: the agent writes its latest status to <c>health.json</c> in the queue
/// folder (atomically, also while the broker is unreachable); <c>dotnet PredictMaint.Edge.dll
/// health</c> prints it.
/// </summary>
public static class HealthFile
{
    public const string FileName = "health.json";

    public static void Write(string queueDirectory, DeviceStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var path = Path.Combine(queueDirectory, FileName);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(status, ContractsJsonContext.Default.DeviceStatus));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Prints the report; exit code 0 when the agent is online and reported within <paramref name="maxAge"/>.</summary>
    public static int Print(string queueDirectory, TimeSpan maxAge, TimeProvider timeProvider, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var path = Path.Combine(queueDirectory, FileName);
        if (!File.Exists(path))
        {
            output.WriteLine($"no health report at {path}: the agent has not run with this configuration");
            return 1;
        }

        var status = JsonSerializer.Deserialize(File.ReadAllBytes(path), ContractsJsonContext.Default.DeviceStatus)!;
        var age = timeProvider.GetUtcNow() - (status.Timestamp ?? DateTimeOffset.MinValue);
        output.WriteLine($"state         {status.State} (reported {age.TotalSeconds:F0} s ago)");
        output.WriteLine($"queue depth   {status.QueueDepth} samples, dropped {status.DroppedCount}");
        output.WriteLine($"last publish  {status.LastPublish?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "never"}");
        foreach (var (name, health) in status.Sensors ?? new Dictionary<string, string>())
        {
            output.WriteLine($"sensor        {name}: {health}");
        }

        foreach (var (name, error) in status.SensorErrors ?? new Dictionary<string, string>())
        {
            output.WriteLine($"sensor error  {name}: {error}");
        }

        foreach (var (name, value) in status.Inputs ?? new Dictionary<string, bool>())
        {
            output.WriteLine($"input         {name}: {(value ? "on" : "off")}");
        }

        return status.State == DeviceStatus.Online && age <= maxAge ? 0 : 1;
    }
}

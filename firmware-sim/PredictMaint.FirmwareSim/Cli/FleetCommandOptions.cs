using System.Text.Json;
using PredictMaint.FirmwareSim.Fleet;

namespace PredictMaint.FirmwareSim.Cli;

/// <summary>
/// Reads a fleet description file: YAML (<c>.yaml</c>/<c>.yml</c>) or JSON whose keys are <see cref="FleetOptions"/> properties in
/// snake_case (e.g. <c>site_time_zones</c>, <c>pump_failing_fraction</c>, <c>repair_delay</c> as
/// <c>"3.00:00:00"</c>); absent keys keep their defaults, unknown keys are an error.
/// </summary>
internal static class FleetCommandOptions
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static FleetOptions Load(FileInfo? file)
    {
        if (file is null)
        {
            return new FleetOptions();
        }

        if (file.Extension is ".yaml" or ".yml")
        {
            using var reader = file.OpenText();
            return YamlToJson.Convert(reader)?.Deserialize<FleetOptions>(Json) ?? new FleetOptions();
        }

        using var stream = file.OpenRead();
        return JsonSerializer.Deserialize<FleetOptions>(stream, Json) ?? new FleetOptions();
    }
}

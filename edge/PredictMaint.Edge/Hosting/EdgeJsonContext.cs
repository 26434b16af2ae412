using System.Text.Json.Serialization;
using PredictMaint.Edge.Uplink;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Edge.Hosting;

/// <summary>
/// Source-generated JSON for the agent's own files and remote configuration (trimming-safe);
/// wire contracts go through the platform's <see cref="ContractsJsonContext"/>. Unknown members are
/// refused so a misspelt configuration key is an error, not a silent default.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(RemoteConfiguration))]
internal sealed partial class EdgeJsonContext : JsonSerializerContext;

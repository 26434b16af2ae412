using System.Text.Json.Serialization;

namespace PredictMaint.FirmwareSim.GroundTruth;

[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GroundTruthReport))]
internal sealed partial class GroundTruthJsonContext : JsonSerializerContext;

using System.Text.Json.Serialization;

namespace PredictMaint.Platform.Contracts;

/// <summary>Source-generated serializers for every message that crosses a process boundary.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(TelemetryMessage))]
[JsonSerializable(typeof(Prediction))]
[JsonSerializable(typeof(PredictionEvidence))]
[JsonSerializable(typeof(DeadLetter))]
[JsonSerializable(typeof(DeviceEvent))]
[JsonSerializable(typeof(DeviceStatus))]
[JsonSerializable(typeof(IReadOnlyList<Prediction>))]
public sealed partial class ContractsJsonContext : JsonSerializerContext;

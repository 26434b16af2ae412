using System.Text.Json.Serialization;

namespace PredictMaint.Platform.Modbus;

[JsonSourceGenerationOptions(UseStringEnumConverter = true, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(RegisterMap))]
internal sealed partial class RegisterMapJsonContext : JsonSerializerContext;

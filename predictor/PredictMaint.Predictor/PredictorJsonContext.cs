using System.Text.Json.Serialization;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor;

[JsonSerializable(typeof(PredictorStatus))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(PredictionRetraction))]
internal sealed partial class PredictorJsonContext : JsonSerializerContext;

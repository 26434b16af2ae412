using System.Text.Json.Serialization;
using PredictMaint.Ingest.Pipeline;

namespace PredictMaint.Ingest;

[JsonSerializable(typeof(IngestStatus))]
[JsonSerializable(typeof(string))]
internal sealed partial class IngestJsonContext : JsonSerializerContext;

using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PredictMaint.Platform.Contracts;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>Stores a ticket's evidence as one JSON column (the wire format): it is read whole, never queried.</summary>
public sealed class EvidenceJsonConverter() : ValueConverter<PredictionEvidence?, string?>(
    evidence => evidence == null ? null : JsonSerializer.Serialize(evidence, ContractsJsonContext.Default.PredictionEvidence),
    json => json == null ? null : JsonSerializer.Deserialize(json, ContractsJsonContext.Default.PredictionEvidence));

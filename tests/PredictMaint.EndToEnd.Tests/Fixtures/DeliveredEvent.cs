namespace PredictMaint.EndToEnd.Tests.Fixtures;

/// <summary>One event as the dispatch webhook received it.</summary>
public sealed record DeliveredEvent(string IdempotencyKey, Guid TicketId, int Sequence, string Type);

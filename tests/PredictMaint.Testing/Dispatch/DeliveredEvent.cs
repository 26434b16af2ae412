namespace PredictMaint.Testing.Dispatch;

/// <summary>One dispatch event as the receiver got it: its idempotency key and the fields tests compare.</summary>
public sealed record DeliveredEvent(string IdempotencyKey, Guid TicketId, int Sequence, string Type);

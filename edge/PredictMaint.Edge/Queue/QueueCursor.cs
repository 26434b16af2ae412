namespace PredictMaint.Edge.Queue;

/// <summary>
/// What the queue persists besides its records: the highest record id the broker acknowledged,
/// the next telemetry sequence number (so sequence numbers survive restarts), and how many
/// records overflow dropped.
/// </summary>
public readonly record struct QueueCursor(long AcknowledgedId, long NextMessageSequence, long DroppedCount);

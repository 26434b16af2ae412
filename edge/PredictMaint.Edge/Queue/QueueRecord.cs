namespace PredictMaint.Edge.Queue;

/// <summary>One record read back from the <see cref="DiskQueueLog"/>: its id (consecutive from 1) and payload.</summary>
public readonly record struct QueueRecord(long Id, ReadOnlyMemory<byte> Payload);

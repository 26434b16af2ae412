namespace PredictMaint.Platform.Mqtt.Publishing;

/// <summary>A publish waiting in line for a free in-flight slot; cancelled ones are skipped when their turn comes.</summary>
internal sealed class MqttPublishWaiter
{
    private readonly TaskCompletionSource<MqttPendingPublish> _admitted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public MqttPublishWaiter(MqttApplicationMessage message)
    {
        Message = message;
    }

    public MqttApplicationMessage Message { get; }

    /// <summary>Read and written under the window's lock.</summary>
    public bool IsCanceled { get; private set; }

    public void Admit(MqttPendingPublish pending) => _admitted.TrySetResult(pending);

    public void Fail(Exception reason) => _admitted.TrySetException(reason);

    public async Task<MqttPendingPublish> WaitAsync(Lock windowLock, CancellationToken cancellationToken)
    {
        await using var registration = cancellationToken.Register(() =>
        {
            lock (windowLock)
            {
                if (_admitted.Task.IsCompleted)
                {
                    return;
                }

                IsCanceled = true;
            }

            _admitted.TrySetCanceled(cancellationToken);
        });
        return await _admitted.Task;
    }
}

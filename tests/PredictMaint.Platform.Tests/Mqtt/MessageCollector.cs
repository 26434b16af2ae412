using System.Collections.Concurrent;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Platform.Tests.Mqtt;

/// <summary>Collects what a client receives and lets a test await a count instead of sleeping.</summary>
internal sealed class MessageCollector
{
    private readonly ConcurrentQueue<MqttApplicationMessageReceivedEventArgs> _received = new();
    private readonly Lock _lock = new();
    private readonly List<(Func<IReadOnlyCollection<MqttApplicationMessageReceivedEventArgs>, bool> Condition, TaskCompletionSource Done)> _waiters = [];

    public MessageCollector(MqttClient client, bool autoAcknowledge = true)
        : this([client], autoAcknowledge)
    {
    }

    public MessageCollector(IEnumerable<MqttClient> clients, bool autoAcknowledge = true)
    {
        foreach (var client in clients)
        {
            client.ApplicationMessageReceivedAsync += e =>
            {
                e.AutoAcknowledge = autoAcknowledge;
                _received.Enqueue(e);
                Check();
                return Task.CompletedTask;
            };
        }
    }

    public IReadOnlyCollection<MqttApplicationMessageReceivedEventArgs> Received => _received;

    public IEnumerable<string> Payloads => _received.Select(e => System.Text.Encoding.UTF8.GetString(e.ApplicationMessage.Payload.Span));

    public Task WaitForCountAsync(int count) => WaitUntilAsync(r => r.Count >= count);

    public async Task WaitUntilAsync(Func<IReadOnlyCollection<MqttApplicationMessageReceivedEventArgs>, bool> condition)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _waiters.Add((condition, done));
        }

        Check();
        await done.Task.WaitAsync(MqttTestClients.Timeout);
    }

    private void Check()
    {
        lock (_lock)
        {
            foreach (var waiter in _waiters.Where(w => w.Condition(_received)).ToList())
            {
                waiter.Done.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }
}

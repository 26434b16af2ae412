namespace PredictMaint.Platform.Mqtt.Receiving;

/// <summary>Awaits every subscriber of an async event in turn (a multicast delegate would only return the last task).</summary>
internal static class MqttHandlerInvoker
{
    public static async Task InvokeAllAsync(Func<MqttApplicationMessageReceivedEventArgs, Task>? handlers, MqttApplicationMessageReceivedEventArgs args)
    {
        if (handlers is null)
        {
            return;
        }

        foreach (var handler in handlers.GetInvocationList())
        {
            await ((Func<MqttApplicationMessageReceivedEventArgs, Task>)handler)(args);
        }
    }
}

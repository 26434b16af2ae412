using System.Globalization;
using System.Text;
using PredictMaint.Platform.Mqtt;

namespace PredictMaint.Platform.Tests.Mqtt;

/// <summary>Our client against the reference command-line clients of Mosquitto.</summary>
public sealed class MqttInteroperabilityTests : IClassFixture<MosquittoFixture>
{
    private readonly MosquittoFixture _broker;

    public MqttInteroperabilityTests(MosquittoFixture broker) => _broker = broker;

    [Fact]
    public async Task PublishAsync_OurClient_ReceivedByMosquittoSub()
    {
        var topic = MqttTestClients.NewTopic();
        const int count = 20;
        var subscriberId = MqttTestClients.NewClientId("sub");

        // A persistent mosquitto_sub session created first, so no message can race its subscription.
        using (var prepare = CommandLineTool.Start("mosquitto_sub", "-p", Port, "-i", subscriberId, "-c", "-q", "1", "-t", topic, "-E"))
        {
            await prepare.WaitForOutputAsync();
        }

        using var sub = CommandLineTool.Start("mosquitto_sub", "-p", Port, "-i", subscriberId, "-c", "-q", "1", "-t", topic, "-C", count.ToString(CultureInfo.InvariantCulture));
        await using var client = await MqttTestClients.ConnectAsync(MqttTestClients.Options(_broker.Server).Build());
        for (var i = 0; i < count; i++)
        {
            await client.PublishAsync(new MqttApplicationMessage(topic, Encoding.UTF8.GetBytes($"ours-{i}"), MqttQualityOfService.AtLeastOnce));
        }

        var lines = (await sub.WaitForOutputAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"ours-{i}"), lines);
    }

    [Fact]
    public async Task ApplicationMessageReceived_FromMosquittoPub_DeliversPayloadAndFlags()
    {
        var topic = MqttTestClients.NewTopic();
        await using var client = await MqttTestClients.ConnectAsync(MqttTestClients.Options(_broker.Server).Build());
        var collector = new MessageCollector(client);
        await client.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce);

        using (var pub = CommandLineTool.Start("mosquitto_pub", "-p", Port, "-q", "1", "-t", topic, "-l"))
        {
            for (var i = 0; i < 10; i++)
            {
                await pub.StandardInput.WriteLineAsync($"theirs-{i}");
            }

            pub.StandardInput.Close();
            await pub.WaitForOutputAsync();
        }

        await collector.WaitForCountAsync(10);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"theirs-{i}"), collector.Payloads);
        Assert.All(collector.Received, e => Assert.Equal(MqttQualityOfService.AtLeastOnce, e.ApplicationMessage.QualityOfService));
    }

    private string Port => _broker.Server.Port.ToString(CultureInfo.InvariantCulture);
}

using System.Text;
using PredictMaint.Platform.Mqtt;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Platform.Tests.Mqtt;

/// <summary>A broker with a password file and an ACL (Mosquitto 2.0 grants denied subscriptions and filters on delivery).</summary>
public sealed class MqttClientSecurityTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"pm-test-mqtt-auth-{Guid.NewGuid():N}");
    private MosquittoServer _server = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var passwords = Path.Combine(_folder, "passwords");
        using (var tool = CommandLineTool.Start("mosquitto_passwd", "-b", "-c", passwords, "device", "right"))
        {
            await tool.WaitForOutputAsync();
        }

        var acl = Path.Combine(_folder, "acl");
        await File.WriteAllTextAsync(acl, "user device\ntopic readwrite allowed/#\n");
        _server = await MosquittoServer.StartNewAsync($"allow_anonymous false\npassword_file {passwords}\nacl_file {acl}\n");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ConnectAsync_WrongPassword_ThrowsConnectExceptionWithAdvice()
    {
        await using var client = new MqttClient(MqttTestClients.Options(_server).WithCredentials("device", "wrong").Build());

        var error = await Assert.ThrowsAsync<MqttConnectException>(() => client.ConnectAsync());

        Assert.True(error.ReturnCode is MqttConnectReturnCode.BadUserNameOrPassword or MqttConnectReturnCode.NotAuthorized, $"{error.ReturnCode}");
        Assert.StartsWith("The broker refused the connection", error.Message, StringComparison.Ordinal);
        Assert.Equal(MqttConnectionState.Disconnected, client.State);
    }

    [Fact]
    public async Task ConnectAsync_Will_PublishedWhenConnectionDiesButNotOnDisconnect()
    {
        var options = MqttTestClients.Options(_server).WithCredentials("device", "right");
        await using var watcher = await MqttTestClients.ConnectAsync(options.WithClientId(MqttTestClients.NewClientId("w")).Build());
        var collector = new MessageCollector(watcher);
        await watcher.SubscribeAsync("allowed/status/#", MqttQualityOfService.AtLeastOnce);
        var will = new MqttApplicationMessage("allowed/status/clean", Encoding.UTF8.GetBytes("offline"), MqttQualityOfService.AtLeastOnce);

        await using (var clean = await MqttTestClients.ConnectAsync(options.WithClientId(MqttTestClients.NewClientId("c")).WithWill(will).Build()))
        {
            await clean.DisconnectAsync();
        }

        await using var frozen = await MqttTestClients.ConnectAsync(options.WithClientId(MqttTestClients.NewClientId("f"))
            .WithWill(will with { Topic = "allowed/status/dead" }).WithKeepAlive(TimeSpan.FromSeconds(1)).Build());
        frozen.AbortConnection();

        await collector.WaitForCountAsync(1);
        Assert.Equal(["allowed/status/dead"], collector.Received.Select(e => e.ApplicationMessage.Topic));
    }
}

using PredictMaint.Testing.Servers;

namespace PredictMaint.Platform.Tests.Mqtt;

/// <summary>One broker shared by the tests of a class that do not restart it.</summary>
public sealed class MosquittoFixture : IAsyncLifetime
{
    public MosquittoServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await MosquittoServer.StartNewAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

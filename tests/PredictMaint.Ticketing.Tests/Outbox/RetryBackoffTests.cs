using PredictMaint.Ticketing.Outbox;

namespace PredictMaint.Ticketing.Tests.Outbox;

public sealed class RetryBackoffTests
{
    private static readonly TimeSpan Initial = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(10);

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(5, 32)]
    public void After_Attempts_DoublesWithAtMostQuarterJitter(int attempts, double baseSeconds)
    {
        var delay = RetryBackoff.After(attempts, Initial, Max, Guid.NewGuid());

        Assert.InRange(delay.TotalSeconds, baseSeconds, baseSeconds * 1.25);
    }

    [Fact]
    public void After_ManyAttempts_NeverExceedsCap() =>
        Assert.Equal(Max, RetryBackoff.After(1000, Initial, Max, Guid.NewGuid()));

    [Fact]
    public void After_SameMessage_SameDelay()
    {
        var id = Guid.NewGuid();

        Assert.Equal(RetryBackoff.After(3, Initial, Max, id), RetryBackoff.After(3, Initial, Max, id));
    }
}

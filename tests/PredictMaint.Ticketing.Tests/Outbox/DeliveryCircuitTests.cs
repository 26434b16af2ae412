using Microsoft.Extensions.Logging.Abstractions;
using PredictMaint.Ticketing.Options;
using PredictMaint.Ticketing.Outbox;
using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Outbox;

public sealed class DeliveryCircuitTests
{
    private readonly ManualClock clock = new(new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly DeliveryCircuit circuit;

    public DeliveryCircuitTests() =>
        circuit = new DeliveryCircuit(
            Microsoft.Extensions.Options.Options.Create(new DispatchOptions { BreakerFailureThreshold = 3, BreakerOpenDuration = TimeSpan.FromMinutes(1) }),
            clock,
            NullLogger<DeliveryCircuit>.Instance);

    [Fact]
    public void RecordFailure_BelowThreshold_StaysAutomatic()
    {
        circuit.RecordFailure("down");
        circuit.RecordFailure("down");

        Assert.Equal(DispatchMode.Automatic, circuit.Mode);
        Assert.True(circuit.AllowsAttempt());
    }

    [Fact]
    public void RecordFailure_AtThreshold_OpensUntilTheTrial()
    {
        Fail(3);

        Assert.Equal(DispatchMode.ManualDispatch, circuit.Mode);
        Assert.False(circuit.AllowsAttempt());
        clock.Now += TimeSpan.FromMinutes(1);
        Assert.True(circuit.AllowsAttempt());
    }

    [Fact]
    public void RecordFailure_TrialFails_OpensAgainForAFullPeriod()
    {
        Fail(3);
        clock.Now += TimeSpan.FromMinutes(1);

        circuit.RecordFailure("still down");

        Assert.False(circuit.AllowsAttempt());
        clock.Now += TimeSpan.FromSeconds(59);
        Assert.False(circuit.AllowsAttempt());
    }

    [Fact]
    public void RecordSuccess_AfterOpen_BackToAutomatic()
    {
        Fail(3);
        clock.Now += TimeSpan.FromMinutes(1);

        circuit.RecordSuccess();

        Assert.Equal((DispatchMode.Automatic, 0), (circuit.Snapshot().Mode, circuit.Snapshot().ConsecutiveFailures));
    }

    private void Fail(int times)
    {
        for (var i = 0; i < times; i++)
        {
            circuit.RecordFailure("down");
        }
    }
}

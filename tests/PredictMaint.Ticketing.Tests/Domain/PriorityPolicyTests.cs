using PredictMaint.Ticketing.Domain;

namespace PredictMaint.Ticketing.Tests.Domain;

public sealed class PriorityPolicyTests
{
    [Theory]
    [InlineData(-5, Priority.P1)]
    [InlineData(0, Priority.P1)]
    [InlineData(23.99, Priority.P1)]
    [InlineData(24, Priority.P2)]
    [InlineData(71.99, Priority.P2)]
    [InlineData(72, Priority.P3)]
    [InlineData(24 * 30, Priority.P3)]
    public void ForLeadTime_Hours_GivesPriority(double leadTimeHours, Priority expected) =>
        Assert.Equal(expected, PriorityPolicy.ForLeadTime(TimeSpan.FromHours(leadTimeHours)));

    [Theory]
    [InlineData(Priority.P3, Priority.P1, Priority.P1)]
    [InlineData(Priority.P1, Priority.P3, Priority.P1)]
    [InlineData(Priority.P2, Priority.P2, Priority.P2)]
    [InlineData(Priority.P0, Priority.P1, Priority.P0)]
    public void MostUrgent_TwoPriorities_KeepsTheMoreUrgent(Priority current, Priority candidate, Priority expected) =>
        Assert.Equal(expected, PriorityPolicy.MostUrgent(current, candidate));
}

using PredictMaint.Ticketing.Domain;

namespace PredictMaint.Ticketing.Tests.Domain;

public sealed class TransitionEvidenceTests
{
    public static TheoryData<string, TransitionRequest> Incomplete => new()
    {
        { "reason code", new(TicketAction.Reject) },
        { "reason code", new(TicketAction.Reject) { RejectionReason = (RejectionReason)42 } },
        { "slot", new(TicketAction.Book) },
        { "technician", new(TicketAction.Assign) },
        { "technician", new(TicketAction.Assign) { TechnicianId = " " } },
        { "technician", new(TicketAction.Assign) { TechnicianId = new string('t', 65) } },
        { "findings", new(TicketAction.Resolve) },
        { "part replaced", new(TicketAction.Resolve) { Findings = ValidTransitions.Findings with { PartReplaced = "" } } },
        { "condition", new(TicketAction.Resolve) { Findings = ValidTransitions.Findings with { Condition = (FindingCondition)9 } } },
        { "reading", new(TicketAction.Resolve) { Findings = ValidTransitions.Findings with { ReadingsAfterFix = new Dictionary<string, double>() } } },
        { "finite", new(TicketAction.Resolve) { Findings = ValidTransitions.Findings with { ReadingsAfterFix = new Dictionary<string, double> { ["flow_lpm"] = double.NaN } } } },
        { "confirmation", new(TicketAction.Close) },
        { "note", new(TicketAction.Cancel) },
        { "note", new(TicketAction.Reopen) { Note = "  " } },
        { "2000", new(TicketAction.Approve) { Note = new string('n', 2001) } },
    };

    [Theory]
    [MemberData(nameof(Incomplete))]
    public void Missing_IncompleteEvidence_SaysWhatIsMissing(string expected, TransitionRequest request)
    {
        var missing = TransitionEvidence.Missing(request);

        Assert.NotNull(missing);
        Assert.Contains(expected, missing, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(EveryAction))]
    public void Missing_ValidRequest_IsNull(TicketAction action) =>
        Assert.Null(TransitionEvidence.Missing(ValidTransitions.For(action)));

    [Fact]
    public void Evaluate_MissingEvidence_RefusedAsMissingEvidence()
    {
        var outcome = TicketWorkflow.Evaluate(
            TicketState.OnSite, null, new(TicketAction.Resolve), new Actor("t", PredictMaint.Ticketing.Security.Roles.Technician), DateTimeOffset.UnixEpoch);

        Assert.Equal(TransitionRefusal.MissingEvidence, outcome.Refusal);
        Assert.Contains("findings", outcome.Reason, StringComparison.Ordinal);
    }

    public static TheoryData<TicketAction> EveryAction() => [.. Enum.GetValues<TicketAction>()];
}

namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>The service with one auto-approval rule: filter predictions from rul-test-1 at 0.75+ and 48 h+.</summary>
public sealed class AutoApprovingTicketingServer : TicketingServer
{
    protected override IEnumerable<string> ExtraArguments =>
    [
        "--Ticketing:AutoApprovalRules:0:Component=filter",
        "--Ticketing:AutoApprovalRules:0:ModelVersion=rul-test-1",
        "--Ticketing:AutoApprovalRules:0:MinConfidence=0.75",
        "--Ticketing:AutoApprovalRules:0:MinLeadTime=2.00:00:00",
    ];
}

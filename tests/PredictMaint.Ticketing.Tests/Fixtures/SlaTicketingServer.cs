namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>The service with an SLA monitor that looks every 50 ms, so moving the manual clock shows quickly.</summary>
public sealed class SlaTicketingServer : TicketingServer
{
    protected override IEnumerable<string> ExtraArguments => ["--Ticketing:Sla:EvaluationInterval=00:00:00.050"];
}

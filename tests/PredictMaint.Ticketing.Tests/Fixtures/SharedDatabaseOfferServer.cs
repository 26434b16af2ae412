namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>One of several instances on the same PostgreSQL database, each relaying customer mails to the same SMTP sink.</summary>
public sealed class SharedDatabaseOfferServer(string connectionString, int smtpPort) : TicketingServer
{
    protected override IEnumerable<string> ExtraArguments =>
    [
        "--Ticketing:DatabaseProvider=postgres",
        $"--Ticketing:ConnectionString={connectionString}",
        $"--Ticketing:Offers:LinkSigningKey={CustomerMessagesServer.LinkSigningKey}",
        $"--Ticketing:Offers:SmtpHost={PredictMaint.Testing.Servers.SmtpSinkServer.Host}", $"--Ticketing:Offers:SmtpPort={smtpPort}",
        "--Ticketing:Offers:PollInterval=00:00:00.050",
    ];
}

using PredictMaint.Ticketing.Web.Accounts;

namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>One of several instances on the same PostgreSQL database, with a planner who signs in on the pages.</summary>
public sealed class SharedDatabaseWebServer(string connectionString) : TicketingServer
{
    public const string PlannerName = "pia";
    public const string PlannerPassword = "shared-ring-pass-1";

    protected override IEnumerable<string> ExtraArguments =>
    [
        "--Ticketing:DatabaseProvider=postgres",
        $"--Ticketing:ConnectionString={connectionString}",
        $"--Ticketing:Web:Users:0:Name={PlannerName}", $"--Ticketing:Web:Users:0:PasswordHash={PasswordHashing.Hash(PlannerPassword, 1000)}",
        "--Ticketing:Web:Users:0:Role=planner",
    ];
}

using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Api;

public sealed class KpiEndpointsTestsOnSqlite(TicketingServer server) : KpiEndpointsTests(server), IClassFixture<TicketingServer>;

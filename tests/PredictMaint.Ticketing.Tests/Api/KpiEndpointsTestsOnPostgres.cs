using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Api;

[Collection(PostgresGroup.Name)]
public sealed class KpiEndpointsTestsOnPostgres(PostgresTicketingServer server) : KpiEndpointsTests(server), IClassFixture<PostgresTicketingServer>;

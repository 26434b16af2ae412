using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Api;

[Collection(PostgresGroup.Name)]
public sealed class PredictionEndpointsTestsOnPostgres(PostgresTicketingServer server) : PredictionEndpointsTests(server), IClassFixture<PostgresTicketingServer>;

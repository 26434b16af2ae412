using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Api;

[Collection(PostgresGroup.Name)]
public sealed class TransitionEndpointsTestsOnPostgres(PostgresTicketingServer server) : TransitionEndpointsTests(server), IClassFixture<PostgresTicketingServer>;

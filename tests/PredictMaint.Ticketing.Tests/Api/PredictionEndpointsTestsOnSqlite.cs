using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Api;

public sealed class PredictionEndpointsTestsOnSqlite(TicketingServer server) : PredictionEndpointsTests(server), IClassFixture<TicketingServer>;

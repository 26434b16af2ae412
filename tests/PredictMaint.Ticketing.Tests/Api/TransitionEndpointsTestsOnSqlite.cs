using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Api;

public sealed class TransitionEndpointsTestsOnSqlite(TicketingServer server) : TransitionEndpointsTests(server), IClassFixture<TicketingServer>;

using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Persistence;

public sealed class ConcurrentPredictionsSqliteTests(TicketingServer server) : ConcurrentPredictionsTests(server), IClassFixture<TicketingServer>;

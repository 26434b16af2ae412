using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Persistence;

[Collection(PostgresGroup.Name)]
public sealed class ConcurrentPredictionsPostgresTests(PostgresTicketingServer server) : ConcurrentPredictionsTests(server), IClassFixture<PostgresTicketingServer>;

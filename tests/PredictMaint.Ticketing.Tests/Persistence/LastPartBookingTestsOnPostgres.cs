using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Persistence;

[Collection(PostgresGroup.Name)]
public sealed class LastPartBookingTestsOnPostgres(UnseededPostgresTicketingServer server) : LastPartBookingTests(server), IClassFixture<UnseededPostgresTicketingServer>;

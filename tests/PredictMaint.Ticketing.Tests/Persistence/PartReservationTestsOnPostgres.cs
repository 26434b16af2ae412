using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Persistence;

[Collection(PostgresGroup.Name)]
public sealed class PartReservationTestsOnPostgres(UnseededPostgresTicketingServer server) : PartReservationTests(server), IClassFixture<UnseededPostgresTicketingServer>;

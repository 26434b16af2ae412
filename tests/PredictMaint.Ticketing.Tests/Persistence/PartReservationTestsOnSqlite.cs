using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Persistence;

public sealed class PartReservationTestsOnSqlite(UnseededTicketingServer server) : PartReservationTests(server), IClassFixture<UnseededTicketingServer>;

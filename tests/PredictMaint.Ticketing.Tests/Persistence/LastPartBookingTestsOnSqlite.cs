using PredictMaint.Ticketing.Tests.Fixtures;

namespace PredictMaint.Ticketing.Tests.Persistence;

public sealed class LastPartBookingTestsOnSqlite(UnseededTicketingServer server) : LastPartBookingTests(server), IClassFixture<UnseededTicketingServer>;

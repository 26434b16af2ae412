using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PredictMaint.Ticketing.Persistence.Migrations;

/// <summary>
/// The whole schema as of the first release with migrations. Written once for both providers:
/// column types come from each provider's default mapping of the CLR type, and each provider
/// reads only its own annotations. <c>MigrationSchemaTests</c> proves the result equals what
/// the current model would create, on SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(TicketingDbContext))]
[Migration("20261122000000_Baseline")]
public sealed class Baseline : Migration
{
    private static readonly string[] Tables = ["AuditRecords", "InboundEvents", "OutboxMessages", "Sites", "Tickets"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "AuditRecords",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                TicketId = table.Column<Guid>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                Actor = table.Column<string>(maxLength: 128, nullable: false),
                Role = table.Column<string>(maxLength: 32, nullable: false),
                Action = table.Column<string>(maxLength: 32, nullable: false),
                At = table.Column<long>(nullable: false),
                Before = table.Column<string>(nullable: true),
                After = table.Column<string>(nullable: false),
                PreviousHash = table.Column<string>(maxLength: 64, nullable: false),
                Hash = table.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AuditRecords", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "InboundEvents",
            columns: table => new
            {
                EventId = table.Column<string>(maxLength: 64, nullable: false),
                TicketId = table.Column<Guid>(nullable: false),
                Sequence = table.Column<long>(nullable: false),
                ReceivedAt = table.Column<long>(nullable: false),
                Outcome = table.Column<string>(maxLength: 16, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_InboundEvents", x => x.EventId);
            });

        migrationBuilder.CreateTable(
            name: "OutboxMessages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TicketId = table.Column<Guid>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                Type = table.Column<string>(maxLength: 64, nullable: false),
                Payload = table.Column<string>(nullable: false),
                CreatedAt = table.Column<long>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                NextAttemptAt = table.Column<long>(nullable: false),
                DeliveredAt = table.Column<long>(nullable: true),
                DeadLetteredAt = table.Column<long>(nullable: true),
                LastError = table.Column<string>(maxLength: 1000, nullable: true),
                Pending = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OutboxMessages", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Sites",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 64, nullable: false),
                CustomerId = table.Column<string>(maxLength: 64, nullable: false),
                CustomerName = table.Column<string>(maxLength: 200, nullable: false),
                Region = table.Column<string>(maxLength: 64, nullable: false),
                TimeZoneId = table.Column<string>(maxLength: 64, nullable: false),
                Latitude = table.Column<double>(nullable: false),
                Longitude = table.Column<double>(nullable: false),
                Language = table.Column<string>(maxLength: 8, nullable: false),
                Email = table.Column<string>(maxLength: 254, nullable: false),
                Phone = table.Column<string>(maxLength: 16, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Sites", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Tickets",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                State = table.Column<string>(maxLength: 32, nullable: false),
                IsOpen = table.Column<bool>(nullable: false),
                SiteId = table.Column<string>(maxLength: 64, nullable: false),
                DeviceId = table.Column<string>(maxLength: 64, nullable: false),
                Component = table.Column<string>(maxLength: 32, nullable: false),
                Priority = table.Column<string>(maxLength: 8, nullable: false),
                PredictedFailureAt = table.Column<long>(nullable: false),
                FailureWindowStart = table.Column<long>(nullable: false),
                FailureWindowEnd = table.Column<long>(nullable: false),
                Confidence = table.Column<double>(nullable: false),
                ModelVersion = table.Column<string>(maxLength: 128, nullable: false),
                Reason = table.Column<string>(maxLength: 2000, nullable: false),
                CreatedAt = table.Column<long>(nullable: false),
                UpdatedAt = table.Column<long>(nullable: false),
                PredictionCount = table.Column<int>(nullable: false),
                FirstReceivedAt = table.Column<long>(nullable: false),
                LastReceivedAt = table.Column<long>(nullable: false),
                Version = table.Column<int>(nullable: false),
                StateChangedAt = table.Column<long>(nullable: true),
                ClosedAt = table.Column<long>(nullable: true),
                RejectionReason = table.Column<string>(maxLength: 32, nullable: true),
                Note = table.Column<string>(maxLength: 2000, nullable: true),
                SlotStart = table.Column<long>(nullable: true),
                TechnicianId = table.Column<string>(maxLength: 64, nullable: true),
                PartReplaced = table.Column<string>(maxLength: 64, nullable: true),
                FindingCondition = table.Column<string>(maxLength: 32, nullable: true),
                ReadingsAfterFix = table.Column<string>(nullable: true),
                NeedsReview = table.Column<bool>(nullable: false),
                ReviewNote = table.Column<string>(maxLength: 2300, nullable: true),
                AutoApprovalNote = table.Column<string>(maxLength: 256, nullable: true),
                MergedPredictionCount = table.Column<int>(nullable: false),
                AuditHead = table.Column<string>(maxLength: 64, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Tickets", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_AuditRecords_TicketId_Sequence",
            table: "AuditRecords",
            columns: new[] { "TicketId", "Sequence" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_InboundEvents_TicketId_Sequence",
            table: "InboundEvents",
            columns: new[] { "TicketId", "Sequence" });

        migrationBuilder.CreateIndex(
            name: "IX_OutboxMessages_Pending_NextAttemptAt",
            table: "OutboxMessages",
            columns: new[] { "Pending", "NextAttemptAt" });

        migrationBuilder.CreateIndex(
            name: "IX_OutboxMessages_TicketId_Sequence",
            table: "OutboxMessages",
            columns: new[] { "TicketId", "Sequence" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Sites_Region",
            table: "Sites",
            column: "Region");

        migrationBuilder.CreateIndex(
            name: "IX_Tickets_PredictedFailureAt",
            table: "Tickets",
            column: "PredictedFailureAt");

        migrationBuilder.CreateIndex(
            name: "UX_Tickets_OpenPerDeviceComponent",
            table: "Tickets",
            columns: new[] { "DeviceId", "Component" },
            unique: true,
            filter: "\"IsOpen\"");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in Tables)
        {
            migrationBuilder.DropTable(table);
        }
    }
}

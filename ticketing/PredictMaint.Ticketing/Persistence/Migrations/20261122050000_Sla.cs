using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PredictMaint.Ticketing.Persistence.Migrations;

/// <summary>SLA timers per ticket and customer ratings.</summary>
[DbContext(typeof(TicketingDbContext))]
[Migration("20261122050000_Sla")]
public sealed class Sla : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "CustomerRatings",
            columns: table => new
            {
                TicketId = table.Column<Guid>(nullable: false),
                Score = table.Column<int>(nullable: false),
                Reason = table.Column<string>(maxLength: 500, nullable: false),
                RatedAt = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CustomerRatings", x => x.TicketId);
            });

        migrationBuilder.CreateTable(
            name: "SlaTimers",
            columns: table => new
            {
                TicketId = table.Column<Guid>(nullable: false),
                Priority = table.Column<string>(maxLength: 8, nullable: false),
                TimeZoneId = table.Column<string>(maxLength: 64, nullable: false),
                Region = table.Column<string>(maxLength: 64, nullable: true),
                StartedAt = table.Column<long>(nullable: false),
                PausedAt = table.Column<long>(nullable: true),
                PausedBusinessTime = table.Column<long>(nullable: false),
                RespondedAt = table.Column<long>(nullable: true),
                StoppedAt = table.Column<long>(nullable: true),
                ResponseDueAt = table.Column<long>(nullable: true),
                ResolutionDueAt = table.Column<long>(nullable: true),
                ResponseWarningAt = table.Column<long>(nullable: true),
                ResolutionWarningAt = table.Column<long>(nullable: true),
                ResponseWarned = table.Column<bool>(nullable: false),
                ResolutionWarned = table.Column<bool>(nullable: false),
                ResponseBreached = table.Column<bool>(nullable: false),
                ResolutionBreached = table.Column<bool>(nullable: false),
                EscalationLevel = table.Column<int>(nullable: false),
                NextEscalationAt = table.Column<long>(nullable: true),
                NextCheckAt = table.Column<long>(nullable: true),
                NotificationCount = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SlaTimers", x => x.TicketId);
            });

        migrationBuilder.CreateIndex(
            name: "IX_SlaTimers_NextCheckAt",
            table: "SlaTimers",
            column: "NextCheckAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "CustomerRatings");
        migrationBuilder.DropTable(name: "SlaTimers");
    }
}

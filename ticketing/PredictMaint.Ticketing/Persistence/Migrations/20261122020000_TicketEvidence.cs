using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PredictMaint.Ticketing.Persistence.Migrations;

/// <summary>The prediction's evidence series (JSON, see <c>EvidenceJsonConverter</c>) on the ticket.</summary>
[DbContext(typeof(TicketingDbContext))]
[Migration("20261122020000_TicketEvidence")]
public sealed class TicketEvidence : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<string>(name: "Evidence", table: "Tickets", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn(name: "Evidence", table: "Tickets");
    }
}

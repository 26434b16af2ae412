using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PredictMaint.Ticketing.Persistence.Migrations;

/// <summary>A duplicate ticket remembers the ticket it was merged into.</summary>
[DbContext(typeof(TicketingDbContext))]
[Migration("20261206210000_TicketMerge")]
public sealed class TicketMerge : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<Guid>(name: "MergedIntoId", table: "Tickets", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn(name: "MergedIntoId", table: "Tickets");
    }
}

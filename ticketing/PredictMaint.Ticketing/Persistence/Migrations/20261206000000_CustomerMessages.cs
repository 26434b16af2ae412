using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PredictMaint.Ticketing.Persistence.Migrations;

/// <summary>Customer notifications carry what they say (offer, booked, assigned, on the way, done); existing rows were offers.</summary>
[DbContext(typeof(TicketingDbContext))]
[Migration("20261206000000_CustomerMessages")]
public sealed class CustomerMessages : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<int>(name: "Kind", table: "OfferNotifications", nullable: false, defaultValue: 1);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn(name: "Kind", table: "OfferNotifications");
    }
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PredictMaint.Ticketing.Persistence.Migrations;

/// <summary>Technicians, depots with parts stock, part reservations, and the booking columns on the ticket.</summary>
[DbContext(typeof(TicketingDbContext))]
[Migration("20261122040000_FieldService")]
public sealed class FieldService : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "Depots",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 64, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Region = table.Column<string>(maxLength: 64, nullable: false),
                Latitude = table.Column<double>(nullable: false),
                Longitude = table.Column<double>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Depots", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "PartReservations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TicketId = table.Column<Guid>(nullable: false),
                DepotId = table.Column<string>(maxLength: 64, nullable: false),
                PartNumber = table.Column<string>(maxLength: 64, nullable: false),
                TechnicianId = table.Column<string>(maxLength: 64, nullable: false),
                SlotStart = table.Column<long>(nullable: false),
                SlotEnd = table.Column<long>(nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                CreatedAt = table.Column<long>(nullable: false),
                SettledAt = table.Column<long>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PartReservations", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Technicians",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 64, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Skills = table.Column<string>(maxLength: 1000, nullable: false),
                Region = table.Column<string>(maxLength: 64, nullable: false),
                HomeLatitude = table.Column<double>(nullable: false),
                HomeLongitude = table.Column<double>(nullable: false),
                Calendar = table.Column<string>(maxLength: 4000, nullable: false),
                DailyCapacity = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Technicians", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "DepotStock",
            columns: table => new
            {
                DepotId = table.Column<string>(maxLength: 64, nullable: false),
                PartNumber = table.Column<string>(maxLength: 64, nullable: false),
                Quantity = table.Column<int>(nullable: false),
                Reserved = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DepotStock", x => new { x.DepotId, x.PartNumber });
                table.ForeignKey(
                    name: "FK_DepotStock_Depots_DepotId",
                    column: x => x.DepotId,
                    principalTable: "Depots",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_PartReservations_TechnicianId_SlotStart",
            table: "PartReservations",
            columns: new[] { "TechnicianId", "SlotStart" });

        migrationBuilder.CreateIndex(
            name: "IX_PartReservations_TicketId_Status",
            table: "PartReservations",
            columns: new[] { "TicketId", "Status" });

        migrationBuilder.CreateIndex(
            name: "IX_Technicians_Region",
            table: "Technicians",
            column: "Region");

        migrationBuilder.AddColumn<string>(name: "BookedTechnicianId", table: "Tickets", maxLength: 64, nullable: true);
        migrationBuilder.AddColumn<long>(name: "SlotEnd", table: "Tickets", nullable: true);
        migrationBuilder.AddColumn<string>(name: "ReservedDepotId", table: "Tickets", maxLength: 64, nullable: true);
        migrationBuilder.AddColumn<string>(name: "ReservedPartNumber", table: "Tickets", maxLength: 64, nullable: true);
        migrationBuilder.AddColumn<string>(name: "ReservationStatus", table: "Tickets", maxLength: 16, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "PartReservations");
        migrationBuilder.DropTable(name: "DepotStock");
        migrationBuilder.DropTable(name: "Depots");
        migrationBuilder.DropTable(name: "Technicians");
        migrationBuilder.DropColumn(name: "BookedTechnicianId", table: "Tickets");
        migrationBuilder.DropColumn(name: "SlotEnd", table: "Tickets");
        migrationBuilder.DropColumn(name: "ReservedDepotId", table: "Tickets");
        migrationBuilder.DropColumn(name: "ReservedPartNumber", table: "Tickets");
        migrationBuilder.DropColumn(name: "ReservationStatus", table: "Tickets");
    }
}

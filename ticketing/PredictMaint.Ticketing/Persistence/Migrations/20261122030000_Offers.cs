using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PredictMaint.Ticketing.Persistence.Migrations;

/// <summary>Customer offers: the queue of offer notifications and the used booking links.</summary>
[DbContext(typeof(TicketingDbContext))]
[Migration("20261122030000_Offers")]
public sealed class Offers : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "OfferNotifications",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TicketId = table.Column<Guid>(nullable: false),
                Channel = table.Column<string>(maxLength: 16, nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                CreatedAt = table.Column<long>(nullable: false),
                NextAttemptAt = table.Column<long>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                SentAt = table.Column<long>(nullable: true),
                Recipient = table.Column<string>(maxLength: 254, nullable: true),
                LastError = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_OfferNotifications", x => x.Id));

        migrationBuilder.CreateTable(
            name: "OfferLinkUses",
            columns: table => new
            {
                UseId = table.Column<string>(maxLength: 64, nullable: false),
                TicketId = table.Column<Guid>(nullable: false),
                UsedAt = table.Column<long>(nullable: false),
                Outcome = table.Column<string>(maxLength: 16, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_OfferLinkUses", x => x.UseId));

        migrationBuilder.CreateIndex(
            name: "IX_OfferNotifications_Status_NextAttemptAt",
            table: "OfferNotifications",
            columns: ["Status", "NextAttemptAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("OfferLinkUses");
        migrationBuilder.DropTable("OfferNotifications");
    }
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PredictMaint.Ticketing.Persistence.Migrations;

/// <summary>
/// The data-protection key ring in the ticket database, so every instance behind one address
/// accepts the sign-in cookies and form tokens the others issued.
/// </summary>
[DbContext(typeof(TicketingDbContext))]
[Migration("20261207000000_DataProtectionKeys")]
public sealed class DataProtectionKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "DataProtectionKeys",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                FriendlyName = table.Column<string>(nullable: true),
                Xml = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "DataProtectionKeys");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PredictMaint.Ticketing.Domain.FieldService;

namespace PredictMaint.Ticketing.Persistence;

public sealed class DepotStockConfiguration : IEntityTypeConfiguration<DepotStock>
{
    public void Configure(EntityTypeBuilder<DepotStock> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("DepotStock");
        builder.HasKey(s => new { s.DepotId, s.PartNumber });
        builder.Property(s => s.DepotId).HasMaxLength(64);
        builder.Property(s => s.PartNumber).HasMaxLength(64);
        // The last part: of two bookings that both saw it available, the version lets one commit.
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.Available);
        builder.HasOne<Depot>().WithMany().HasForeignKey(s => s.DepotId);
    }
}

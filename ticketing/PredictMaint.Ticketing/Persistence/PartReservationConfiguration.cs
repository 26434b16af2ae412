using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PredictMaint.Ticketing.Domain.FieldService;

namespace PredictMaint.Ticketing.Persistence;

public sealed class PartReservationConfiguration : IEntityTypeConfiguration<PartReservation>
{
    public void Configure(EntityTypeBuilder<PartReservation> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("PartReservations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.DepotId).HasMaxLength(64);
        builder.Property(r => r.PartNumber).HasMaxLength(64);
        builder.Property(r => r.TechnicianId).HasMaxLength(64);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(r => new { r.TicketId, r.Status });
        builder.HasIndex(r => new { r.TechnicianId, r.SlotStart });
    }
}

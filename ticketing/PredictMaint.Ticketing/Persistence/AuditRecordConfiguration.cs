using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PredictMaint.Ticketing.Audit;

namespace PredictMaint.Ticketing.Persistence;

public sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("AuditRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedOnAdd();
        builder.Property(r => r.Actor).HasMaxLength(128);
        builder.Property(r => r.Role).HasMaxLength(32);
        builder.Property(r => r.Action).HasMaxLength(32);
        builder.Property(r => r.PreviousHash).HasMaxLength(64);
        builder.Property(r => r.Hash).HasMaxLength(64);
        // A second writer extending the same chain position fails here even if it slipped past the version check.
        builder.HasIndex(r => new { r.TicketId, r.Sequence }).IsUnique();
    }
}

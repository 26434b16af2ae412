using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PredictMaint.Ticketing.Outbox;

namespace PredictMaint.Ticketing.Persistence;

public sealed class InboundEventConfiguration : IEntityTypeConfiguration<InboundEvent>
{
    public void Configure(EntityTypeBuilder<InboundEvent> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("InboundEvents");
        builder.HasKey(e => e.EventId);
        builder.Property(e => e.EventId).HasMaxLength(64);
        builder.Property(e => e.Outcome).HasMaxLength(16);
        builder.HasIndex(e => new { e.TicketId, e.Sequence });
    }
}

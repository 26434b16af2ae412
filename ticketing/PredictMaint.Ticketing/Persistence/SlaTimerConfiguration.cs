using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PredictMaint.Ticketing.Domain.Sla;

namespace PredictMaint.Ticketing.Persistence;

public sealed class SlaTimerConfiguration : IEntityTypeConfiguration<SlaTimer>
{
    public void Configure(EntityTypeBuilder<SlaTimer> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("SlaTimers");
        builder.HasKey(t => t.TicketId);
        builder.Property(t => t.TicketId).ValueGeneratedNever();
        builder.Property(t => t.Priority).HasConversion<string>().HasMaxLength(8);
        builder.Property(t => t.TimeZoneId).HasMaxLength(64);
        builder.Property(t => t.Region).HasMaxLength(64);
        builder.Property(t => t.PausedBusinessTime).HasConversion(v => v.Ticks, v => TimeSpan.FromTicks(v));
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.IsPaused);

        // The monitor asks only "what is due?"; stopped timers have no NextCheckAt.
        builder.HasIndex(t => t.NextCheckAt);
    }
}

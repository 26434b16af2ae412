using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PredictMaint.Ticketing.Booking;

public sealed class OfferConfiguration : IEntityTypeConfiguration<OfferNotification>, IEntityTypeConfiguration<OfferLinkUse>
{
    public void Configure(EntityTypeBuilder<OfferNotification> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("OfferNotifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Channel).HasMaxLength(16);
        // A number, not a name: a ticket's messages are sent in this order (OfferSender).
        builder.Property(n => n.Kind).HasConversion<int>().HasDefaultValue(CustomerMessageKind.Offer);
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.Recipient).HasMaxLength(254);
        builder.Property(n => n.LastError).HasMaxLength(1000);
        builder.HasIndex(n => new { n.Status, n.NextAttemptAt });
    }

    public void Configure(EntityTypeBuilder<OfferLinkUse> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("OfferLinkUses");
        builder.HasKey(u => u.UseId);
        builder.Property(u => u.UseId).HasMaxLength(64);
        builder.Property(u => u.Outcome).HasMaxLength(16);
    }
}

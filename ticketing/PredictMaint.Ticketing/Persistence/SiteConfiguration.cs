using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PredictMaint.Ticketing.Domain.Sites;

namespace PredictMaint.Ticketing.Persistence;

public sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Sites");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(64).ValueGeneratedNever();
        builder.Property(s => s.CustomerId).HasMaxLength(64);
        builder.Property(s => s.CustomerName).HasMaxLength(SiteRules.MaxNameLength);
        builder.Property(s => s.Region).HasMaxLength(64);
        builder.Property(s => s.TimeZoneId).HasMaxLength(64);
        builder.Property(s => s.Language).HasMaxLength(8);
        builder.Property(s => s.Email).HasMaxLength(254);
        builder.Property(s => s.Phone).HasMaxLength(16);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.TimeZone);
        builder.Ignore(s => s.Details);
        builder.HasIndex(s => s.Region);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PredictMaint.Ticketing.Domain.FieldService;

namespace PredictMaint.Ticketing.Persistence;

public sealed class DepotConfiguration : IEntityTypeConfiguration<Depot>
{
    public void Configure(EntityTypeBuilder<Depot> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Depots");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasMaxLength(64).ValueGeneratedNever();
        builder.Property(d => d.Name).HasMaxLength(FieldServiceRules.MaxNameLength);
        builder.Property(d => d.Region).HasMaxLength(64);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.Details);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PredictMaint.Ticketing.Domain.FieldService;

namespace PredictMaint.Ticketing.Persistence;

public sealed class TechnicianConfiguration : IEntityTypeConfiguration<Technician>
{
    public void Configure(EntityTypeBuilder<Technician> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Technicians");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasMaxLength(64).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(FieldServiceRules.MaxNameLength);
        builder.Property(t => t.Region).HasMaxLength(64);
        // Skills and calendar are small, always read whole, never queried inside: one text column each.
        builder.Property(t => t.Skills).HasMaxLength(1000).HasConversion(
            skills => string.Join(',', skills),
            text => text.Split(',', StringSplitOptions.RemoveEmptyEntries),
            new ValueComparer<IReadOnlyList<string>>((a, b) => a!.SequenceEqual(b!), list => string.Join(',', list).GetHashCode(StringComparison.Ordinal), list => list.ToArray()));
        builder.Property(t => t.Calendar).HasMaxLength(4000).HasConversion(calendar => calendar.Format(), text => WorkingCalendar.Parse(text));
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.Details);
        builder.HasIndex(t => t.Region);
    }
}

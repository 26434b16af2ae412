using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PredictMaint.Ticketing.Domain.Kpi;

namespace PredictMaint.Ticketing.Persistence;

public sealed class CustomerRatingConfiguration : IEntityTypeConfiguration<CustomerRating>
{
    public void Configure(EntityTypeBuilder<CustomerRating> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("CustomerRatings");
        // One rating per ticket: the key makes a second (or concurrent) rating fail.
        builder.HasKey(r => r.TicketId);
        builder.Property(r => r.TicketId).ValueGeneratedNever();
        builder.Property(r => r.Reason).HasMaxLength(CustomerRating.MaxReasonLength);
    }
}

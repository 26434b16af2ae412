using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PredictMaint.Ticketing.Domain;

namespace PredictMaint.Ticketing.Persistence;

public sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("Tickets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.State).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Priority).HasConversion<string>().HasMaxLength(8);
        builder.Property(t => t.SiteId).HasMaxLength(64);
        builder.Property(t => t.DeviceId).HasMaxLength(64);
        builder.Property(t => t.Component).HasMaxLength(32);
        builder.Property(t => t.ModelVersion).HasMaxLength(128);
        builder.Property(t => t.Reason).HasMaxLength(2000);
        builder.Property(t => t.RejectionReason).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.FindingCondition).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Note).HasMaxLength(2000);
        builder.Property(t => t.ReviewNote).HasMaxLength(2300);
        builder.Property(t => t.AutoApprovalNote).HasMaxLength(256);
        builder.Property(t => t.TechnicianId).HasMaxLength(64);
        builder.Property(t => t.PartReplaced).HasMaxLength(64);
        builder.Property(t => t.Evidence).HasConversion(new EvidenceJsonConverter());
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Property<string?>(TicketChanges.AuditHeadColumn).HasMaxLength(64);

        // The database, not the code path, guarantees one open ticket per device and component:
        // concurrent writers that both saw "no ticket" cannot both insert one.
        builder.HasIndex(t => new { t.DeviceId, t.Component })
            .IsUnique()
            .HasFilter("\"IsOpen\"")
            .HasDatabaseName("UX_Tickets_OpenPerDeviceComponent");
        builder.HasIndex(t => t.PredictedFailureAt);
        builder.Property(t => t.ReservationStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.BookedTechnicianId).HasMaxLength(64);
        builder.Property(t => t.ReservedDepotId).HasMaxLength(64);
        builder.Property(t => t.ReservedPartNumber).HasMaxLength(64);
    }
}

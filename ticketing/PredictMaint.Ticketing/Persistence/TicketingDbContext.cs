using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PredictMaint.Ticketing.Audit;
using PredictMaint.Ticketing.Booking;
using PredictMaint.Ticketing.Domain;
using PredictMaint.Ticketing.Domain.FieldService;
using PredictMaint.Ticketing.Domain.Sites;
using PredictMaint.Ticketing.Domain.Sla;
using PredictMaint.Ticketing.Domain.Kpi;
using PredictMaint.Ticketing.Outbox;

namespace PredictMaint.Ticketing.Persistence;

public sealed class TicketingDbContext : DbContext, IDataProtectionKeyContext
{
    /// <summary>For tools and tests that build a context by hand (no DI): customer messages are queued for e-mail only.</summary>
    public TicketingDbContext(DbContextOptions<TicketingDbContext> options)
        : this(options, CustomerChannels.EmailOnly)
    {
    }

    /// <summary>The service's context: <paramref name="channels"/> says which channels customer messages are queued on.</summary>
    public TicketingDbContext(DbContextOptions<TicketingDbContext> options, CustomerChannels channels)
        : base(options)
    {
        CustomerChannels = channels;
    }

    public CustomerChannels CustomerChannels { get; }

    public DbSet<Ticket> Tickets => Set<Ticket>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboundEvent> InboundEvents => Set<InboundEvent>();

    public DbSet<Site> Sites => Set<Site>();

    public DbSet<OfferNotification> OfferNotifications => Set<OfferNotification>();

    public DbSet<OfferLinkUse> OfferLinkUses => Set<OfferLinkUse>();

    public DbSet<Technician> Technicians => Set<Technician>();

    public DbSet<Depot> Depots => Set<Depot>();

    public DbSet<DepotStock> DepotStock => Set<DepotStock>();

    public DbSet<PartReservation> PartReservations => Set<PartReservation>();

    public DbSet<SlaTimer> SlaTimers => Set<SlaTimer>();

    public DbSet<CustomerRating> CustomerRatings => Set<CustomerRating>();

    /// <summary>The ASP.NET Core data-protection key ring (sign-in cookies, antiforgery tokens), shared by every instance on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite cannot order or compare DateTimeOffset text; UTC ticks order correctly everywhere.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new TicketConfiguration());
        modelBuilder.ApplyConfiguration(new AuditRecordConfiguration());
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboundEventConfiguration());
        modelBuilder.ApplyConfiguration(new SiteConfiguration());
        modelBuilder.ApplyConfiguration<OfferNotification>(new OfferConfiguration());
        modelBuilder.ApplyConfiguration<OfferLinkUse>(new OfferConfiguration());
        modelBuilder.ApplyConfiguration(new TechnicianConfiguration());
        modelBuilder.ApplyConfiguration(new DepotConfiguration());
        modelBuilder.ApplyConfiguration(new DepotStockConfiguration());
        modelBuilder.ApplyConfiguration(new PartReservationConfiguration());
        modelBuilder.ApplyConfiguration(new SlaTimerConfiguration());
        modelBuilder.ApplyConfiguration(new CustomerRatingConfiguration());
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PredictMaint.Testing.Servers;
using PredictMaint.Ticketing.Persistence;

namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>
/// The service on PostgreSQL with offers on (real SMTP sink) and a <see cref="TicketRaceInterceptor"/>
/// in its database context, so a test can make ticket updates race the offer relay's saves.
/// Few write attempts, so a race outlasting them is cheap to stage.
/// </summary>
public sealed class RacingOfferServer : PostgresTicketingServer
{
    public const int MaxWriteAttempts = 4;

    private bool started;

    public SmtpSinkServer Smtp { get; } = new();

    public TicketRaceInterceptor Race => Services.GetRequiredService<TicketRaceInterceptor>();

    protected override IEnumerable<string> ExtraArguments =>
    [
        .. base.ExtraArguments,
        $"--Ticketing:MaxWriteAttempts={MaxWriteAttempts}",
        $"--Ticketing:Offers:LinkSigningKey={CustomerMessagesServer.LinkSigningKey}",
        $"--Ticketing:Offers:SmtpHost={SmtpSinkServer.Host}", $"--Ticketing:Offers:SmtpPort={Smtp.Port}",
        "--Ticketing:Offers:PollInterval=00:00:00.050",
    ];

    protected override async Task PrepareAsync()
    {
        await base.PrepareAsync();
        if (!started)
        {
            await Smtp.StartAsync();
            started = true;
        }
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<TicketRaceInterceptor>();
        services.ConfigureDbContext<TicketingDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<TicketRaceInterceptor>()));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

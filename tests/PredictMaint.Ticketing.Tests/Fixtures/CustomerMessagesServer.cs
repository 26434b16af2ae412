using PredictMaint.Testing.Servers;

namespace PredictMaint.Ticketing.Tests.Fixtures;

/// <summary>
/// The service with customer messages switched on: mail to a real SMTP sink (aiosmtpd), SMS to a
/// real local <see cref="SmsReceiver"/>, links signed, the relay polling fast on the manual clock.
/// </summary>
public class CustomerMessagesServer : TicketingServer
{
    public const string LinkSigningKey = "test-link-signing-key-0123456789abcdef";
    public const string SmsSecret = "test-sms-secret-5c1d9e07";

    private bool started;

    public SmtpSinkServer Smtp { get; } = new();

    public SmsReceiver Sms { get; } = new(SmsSecret);

    /// <summary>Tests here set up their own sites, crews and depots: no other stock to fall back on.</summary>
    protected override bool SeedsFieldService => false;

    protected override IEnumerable<string> ExtraArguments =>
    [
        $"--Ticketing:Offers:LinkSigningKey={LinkSigningKey}",
        $"--Ticketing:Offers:SmtpHost={SmtpSinkServer.Host}", $"--Ticketing:Offers:SmtpPort={Smtp.Port}",
        "--Ticketing:Offers:PollInterval=00:00:00.050", "--Ticketing:Offers:SmtpTimeout=00:00:05",
        $"--Ticketing:Sms:WebhookUrl={Sms.Url}", $"--Ticketing:Sms:SigningSecret={SmsSecret}",
    ];

    protected override async Task PrepareAsync()
    {
        if (!started)
        {
            await Smtp.StartAsync();
            await Sms.StartAsync();
            started = true;
        }
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        await Sms.DisposeAsync();
    }
}

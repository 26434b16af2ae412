using PredictMaint.Ticketing;
using PredictMaint.Ticketing.Audit;

if (args is ["audit", .. var rest])
{
    return await AuditCommand.RunAsync(rest, Console.Out, Console.Error);
}

var app = TicketingApp.Build(args);
await app.RunAsync();
return 0;

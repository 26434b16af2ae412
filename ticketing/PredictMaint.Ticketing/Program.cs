using PredictMaint.Ticketing;
using PredictMaint.Ticketing.Audit;
using PredictMaint.Ticketing.Web.Accounts;

// `hash-password` reads a password from standard input and prints the hash to configure for a web user.
if (args is ["hash-password"])
{
    var password = Console.In.ReadLine() ?? string.Empty;
    Console.Out.WriteLine(PasswordHashing.Hash(password));
    return 0;
}

if (args is ["audit", .. var rest])
{
    return await AuditCommand.RunAsync(rest, Console.Out, Console.Error);
}

var app = TicketingApp.Build(args);
await app.RunAsync();
return 0;

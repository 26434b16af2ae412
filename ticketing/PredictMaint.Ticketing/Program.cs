using PredictMaint.Ticketing;
using PredictMaint.Ticketing.Web.Accounts;

// `hash-password` reads a password from standard input and prints the hash to configure for a web user.
if (args is ["hash-password"])
{
    var password = Console.In.ReadLine() ?? string.Empty;
    Console.Out.WriteLine(PasswordHashing.Hash(password));
    return;
}

var app = TicketingApp.Build(args);
await app.RunAsync();

using PredictMaint.Ticketing;

var app = TicketingApp.Build(args);
await app.RunAsync();

namespace PredictMaint.Ticketing.Domain;

/// <summary>Who acts: a named person or service and the role it holds (one of <see cref="Security.Roles"/>).</summary>
public sealed record Actor(string Name, string Role)
{
    /// <summary>The service itself, e.g. when the auto-approval policy approves a ticket.</summary>
    public static Actor System(string name) => new(name, Security.Roles.System);
}

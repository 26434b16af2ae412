namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>A spare-parts store technicians collect parts from; its stock is in <see cref="DepotStock"/>.</summary>
public sealed class Depot
{
    private Depot()
    {
        Id = Name = Region = string.Empty;
    }

    public string Id { get; private set; }

    public string Name { get; private set; }

    public string Region { get; private set; }

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    public int Version { get; private set; }

    public DepotDetails Details => new(Name, Region, Latitude, Longitude);

    public static Depot Create(string id, DepotDetails details)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var depot = new Depot { Id = id };
        depot.Apply(details);
        return depot;
    }

    /// <summary>Replaces the details; false (nothing changed) when they are the same.</summary>
    public bool Update(DepotDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details == Details)
        {
            return false;
        }

        Apply(details);
        return true;
    }

    private void Apply(DepotDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        (Name, Region, Latitude, Longitude) = (details.Name, details.Region, details.Latitude, details.Longitude);
        Version++;
    }
}

namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>
/// How many of one part a depot holds and how many of those are promised to booked visits.
/// The reserved count lives on this row (not only as a count of reservation rows) so that two
/// bookings racing for the last part both change the same versioned row: storage lets one win.
/// </summary>
public sealed class DepotStock
{
    private DepotStock()
    {
        DepotId = PartNumber = string.Empty;
    }

    public string DepotId { get; private set; }

    public string PartNumber { get; private set; }

    /// <summary>Parts on the shelf, including reserved ones.</summary>
    public int Quantity { get; private set; }

    /// <summary>Parts promised to active reservations.</summary>
    public int Reserved { get; private set; }

    public int Version { get; private set; }

    /// <summary>What a new booking may still take (never negative, even after a recount lowered the quantity).</summary>
    public int Available => Math.Max(0, Quantity - Reserved);

    public static DepotStock Create(string depotId, string partNumber, int quantity) =>
        new() { DepotId = depotId, PartNumber = partNumber, Quantity = quantity, Version = 1 };

    /// <summary>A stock count: sets what is on the shelf; reservations stay.</summary>
    public bool Count(int quantity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        if (quantity == Quantity)
        {
            return false;
        }

        Quantity = quantity;
        Version++;
        return true;
    }

    public void Reserve()
    {
        if (Available < 1)
        {
            throw new InvalidOperationException($"Depot {DepotId} has no {PartNumber} available.");
        }

        Reserved++;
        Version++;
    }

    /// <summary>The booking was cancelled: the part is free again.</summary>
    public void Release()
    {
        Reserved = Math.Max(0, Reserved - 1);
        Version++;
    }

    /// <summary>The technician fitted the part: it leaves the shelf.</summary>
    public void Consume()
    {
        Reserved = Math.Max(0, Reserved - 1);
        Quantity = Math.Max(0, Quantity - 1);
        Version++;
    }
}

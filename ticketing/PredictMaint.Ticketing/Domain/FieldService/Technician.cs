namespace PredictMaint.Ticketing.Domain.FieldService;

/// <summary>
/// A field technician: what they can repair (skills), where they work (region, home base) and
/// when (calendar, at most <see cref="DailyCapacity"/> jobs a day).
/// </summary>
public sealed class Technician
{
    private Technician()
    {
        Id = Name = Region = string.Empty;
        Skills = [];
        Calendar = WorkingCalendar.OfficeHours;
    }

    public string Id { get; private set; }

    public string Name { get; private set; }

    public IReadOnlyList<string> Skills { get; private set; }

    public string Region { get; private set; }

    public double HomeLatitude { get; private set; }

    public double HomeLongitude { get; private set; }

    /// <summary>Working hours in local time of the sites they visit (their region's time zone).</summary>
    public WorkingCalendar Calendar { get; private set; }

    /// <summary>Jobs per local day, counting every booking that starts that day.</summary>
    public int DailyCapacity { get; private set; }

    public int Version { get; private set; }

    public TechnicianDetails Details => new(Name, Skills, Region, HomeLatitude, HomeLongitude, Calendar, DailyCapacity);

    public static Technician Create(string id, TechnicianDetails details)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var technician = new Technician { Id = id };
        technician.Apply(details);
        return technician;
    }

    /// <summary>Replaces the details; false (nothing changed) when they are the same.</summary>
    public bool Update(TechnicianDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.SameAs(Details))
        {
            return false;
        }

        Apply(details);
        return true;
    }

    /// <summary>
    /// A visit was booked for this technician. Changing the row (its version) makes two
    /// concurrent bookings of the same technician conflict in storage, so one re-plans.
    /// </summary>
    public void RecordBooking() => Version++;

    public bool Has(string skill) => Skills.Contains(skill, StringComparer.Ordinal);

    private void Apply(TechnicianDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        Name = details.Name;
        Skills = [.. details.Skills.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Region = details.Region;
        HomeLatitude = details.HomeLatitude;
        HomeLongitude = details.HomeLongitude;
        Calendar = details.Calendar;
        DailyCapacity = details.DailyCapacity;
        Version++;
    }
}

namespace PredictMaint.FirmwareSim.Physics;

/// <summary>
/// Something that happens to the installation rather than a sensor: a dry run (the water supply
/// is shut while the pump is asked to run) over [Start, End), or a leak starting at Start (the
/// leak switch stays wet until a maintenance visit fixes it).
/// </summary>
internal sealed record ProcessEpisode(string Kind, DateTimeOffset Start, DateTimeOffset End)
{
    public const string DryRun = "dry_run";
    public const string Leak = "leak";

    public bool IsActive(DateTimeOffset time) => time >= Start && time < End;
}

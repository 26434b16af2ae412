using System.Globalization;
using PredictMaint.FirmwareSim.Physics;

namespace PredictMaint.FirmwareSim.Fleet;

/// <summary>
/// Draws a reproducible fleet from a seed: which devices' filters are set to reach end of life
/// inside the run (between 20 % and 70 % of it, so the predictor has data before and after) and
/// which stay healthy (end of life at least three run lengths away).
/// </summary>
internal static class FleetPlan
{
    public static IReadOnlyList<DeviceSpec> Create(FleetOptions options)
    {
        options.Validate();
        var random = new Random(options.Seed);
        var failingCount = (int)Math.Round(options.Devices * options.FailingFraction);
        var failing = Enumerable.Range(0, options.Devices).OrderBy(_ => random.Next()).Take(failingCount).ToHashSet();
        var runDays = options.Duration.TotalDays;
        var components = new ComponentPlanner(options, failing);

        var devices = new List<DeviceSpec>(options.Devices);
        for (var i = 0; i < options.Devices; i++)
        {
            // The first release's draws come first and always happen, so a default fleet is unchanged.
            var profile = components.ChooseProfile(UsageProfile.All[random.Next(UsageProfile.All.Count)]);
            var model = components.ChooseModel();
            var litresPerDay = profile.WeeklyMeanDemand * model.RatedFlowLitresPerMinute * 60 * 24;
            var initialFraction = random.NextDouble() * 0.3;
            var lifeDays = failing.Contains(i)
                ? runDays * (0.2 + (0.5 * random.NextDouble()))
                : runDays * (3.0 + (3.0 * random.NextDouble()));
            var endOfLifeLitres = litresPerDay * lifeDays / (1.0 - initialFraction);

            devices.Add(new DeviceSpec(
                SiteId: string.Create(CultureInfo.InvariantCulture, $"site-{(i % options.Sites) + 1:D3}"),
                DeviceId: string.Create(CultureInfo.InvariantCulture, $"pur-{i + 1:D5}"),
                Model: model.Name,
                Profile: profile,
                RatedFlowLitresPerMinute: model.RatedFlowLitresPerMinute,
                Filter: new FilterClogging(model.CleanPressureDropKpa, model.EndOfLifePressureDropKpa, endOfLifeLitres),
                InitialFilteredLitres: endOfLifeLitres * initialFraction,
                Seed: options.Seed + (7919 * (i + 1)),
                Components: components.Plan(i, i % options.Sites, profile, model.RatedFlowLitresPerMinute)));
        }

        return devices;
    }
}

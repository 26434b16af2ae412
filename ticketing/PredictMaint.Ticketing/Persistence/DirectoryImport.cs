using PredictMaint.Ticketing.Domain.FieldService;
using PredictMaint.Ticketing.Domain.Sites;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>Validates a whole <see cref="DirectoryFile"/> first, then upserts it, so a bad file changes nothing.</summary>
public sealed class DirectoryImport(SiteStore sites, FieldServiceStore fieldService)
{
    /// <returns>How many sites, technicians and depots were created or changed, plus stock rows created.</returns>
    public async Task<int> ApplyAsync(DirectoryFile file, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        IReadOnlyList<Api.SiteBody> siteEntries = file.Sites ?? [];
        var problems = siteEntries
            .Select((site, index) => (site, index, errors: SiteRules.Problems(site.Id, site.ToDetails())))
            .Where(entry => entry.errors.Count > 0)
            .Select(entry => $"sites[{entry.index}] ({entry.site.Id ?? "no id"}): {string.Join(" ", entry.errors.Values.SelectMany(e => e))}")
            .ToList();
        var duplicates = siteEntries.GroupBy(s => s.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"site '{g.Key}' is listed {g.Count()} times");
        problems.AddRange(duplicates);
        problems.AddRange(FieldServiceProblems(file));
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"{source} was not imported; fix these entries: {string.Join("; ", problems)}");
        }

        var changed = 0;
        foreach (var site in siteEntries)
        {
            var before = await sites.FindAsync(site.Id!, cancellationToken);
            var (after, _) = await sites.UpsertAsync(site.Id!, site.ToDetails(), cancellationToken);
            changed += before?.Version == after.Version ? 0 : 1;
        }

        foreach (var technician in (file.Technicians ?? []))
        {
            var before = await fieldService.TechnicianAsync(technician.Id!, cancellationToken);
            var (after, _) = await fieldService.UpsertTechnicianAsync(technician.Id!, technician.ToDetails(technician.Id).Details!, cancellationToken);
            changed += before?.Version == after.Version ? 0 : 1;
        }

        foreach (var depot in (file.Depots ?? []))
        {
            var before = await fieldService.DepotAsync(depot.Id!, cancellationToken);
            var (after, _) = await fieldService.UpsertDepotAsync(depot.Id!, depot.ToDetails(), cancellationToken);
            changed += before?.Version == after.Version ? 0 : 1;
            foreach (var (part, quantity) in depot.Stock ?? new Dictionary<string, int>())
            {
                var counted = await fieldService.CountStockAsync(depot.Id!, part, quantity, cancellationToken);
                changed += counted is { Created: true } ? 1 : 0;
            }
        }

        return changed;
    }

    private static IEnumerable<string> FieldServiceProblems(DirectoryFile file)
    {
        foreach (var (technician, index) in (file.Technicians ?? []).Select((t, i) => (t, i)))
        {
            var errors = technician.ToDetails(technician.Id).Errors;
            if (errors.Count > 0)
            {
                yield return $"technicians[{index}] ({technician.Id ?? "no id"}): {string.Join(" ", errors.Values.SelectMany(e => e))}";
            }
        }

        foreach (var (depot, index) in (file.Depots ?? []).Select((d, i) => (d, i)))
        {
            var errors = FieldServiceRules.Problems(depot.Id, depot.ToDetails()).Values.SelectMany(e => e).ToList();
            errors.AddRange((depot.Stock ?? new Dictionary<string, int>())
                .Where(s => !FieldServiceRules.IsPartNumber(s.Key) || s.Value < 0)
                .Select(s => $"stock '{s.Key}' needs a valid part number and a quantity of 0 or more."));
            if (errors.Count > 0)
            {
                yield return $"depots[{index}] ({depot.Id ?? "no id"}): {string.Join(" ", errors)}";
            }
        }

        var ids = (file.Technicians ?? []).Select(t => ("technician", t.Id)).Concat((file.Depots ?? []).Select(d => ("depot", d.Id)));
        foreach (var group in ids.GroupBy(id => id).Where(g => g.Count() > 1))
        {
            yield return $"{group.Key.Item1} '{group.Key.Id}' is listed {group.Count()} times";
        }
    }
}

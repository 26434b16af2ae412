using PredictMaint.Ticketing.Domain.Sites;

namespace PredictMaint.Ticketing.Persistence;

/// <summary>Validates a whole <see cref="DirectoryFile"/> first, then upserts it, so a bad file changes nothing.</summary>
public sealed class DirectoryImport(SiteStore sites)
{
    /// <returns>How many sites were created or changed.</returns>
    public async Task<int> ApplyAsync(DirectoryFile file, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var problems = file.Sites
            .Select((site, index) => (site, index, errors: SiteRules.Problems(site.Id, site.ToDetails())))
            .Where(entry => entry.errors.Count > 0)
            .Select(entry => $"sites[{entry.index}] ({entry.site.Id ?? "no id"}): {string.Join(" ", entry.errors.Values.SelectMany(e => e))}")
            .ToList();
        var duplicates = file.Sites.GroupBy(s => s.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"site '{g.Key}' is listed {g.Count()} times");
        problems.AddRange(duplicates);
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"{source} was not imported; fix these entries: {string.Join("; ", problems)}");
        }

        var changed = 0;
        foreach (var site in file.Sites)
        {
            var before = await sites.FindAsync(site.Id!, cancellationToken);
            var (after, _) = await sites.UpsertAsync(site.Id!, site.ToDetails(), cancellationToken);
            changed += before?.Version == after.Version ? 0 : 1;
        }

        return changed;
    }
}

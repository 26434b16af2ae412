namespace PredictMaint.Ticketing.Web.Actions;

/// <summary>Carries action outcomes across the redirect after a POST (TempData holds plain strings).</summary>
public static class ActionMessages
{
    public static string Write(IEnumerable<ActionMessage> messages) =>
        string.Join('\n', messages.Select(m => (m.Succeeded ? "+" : "-") + m.Text.ReplaceLineEndings(" ")));

    public static IReadOnlyList<ActionMessage> Read(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : [.. stored.Split('\n').Select(line => new ActionMessage(line.StartsWith('+'), line[1..]))];
}

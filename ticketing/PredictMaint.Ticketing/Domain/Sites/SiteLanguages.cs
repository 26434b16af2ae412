namespace PredictMaint.Ticketing.Domain.Sites;

/// <summary>Languages customer-facing mails and pages are written in.</summary>
public static class SiteLanguages
{
    public const string English = "en";
    public const string SimplifiedChinese = "zh-CN";

    public static IReadOnlyList<string> All { get; } = [English, SimplifiedChinese];
}

namespace PredictMaint.Ui.Tests.Fixtures;

/// <summary>One service, SMTP sink and browser for all browser tests (Chromium is slow to start on two cores).</summary>
[CollectionDefinition(Name)]
public sealed class UiGroup : ICollectionFixture<UiServer>
{
    public const string Name = "ui";
}

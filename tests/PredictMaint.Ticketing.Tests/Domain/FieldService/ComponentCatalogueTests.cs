using PredictMaint.Ticketing.Domain.FieldService;

namespace PredictMaint.Ticketing.Tests.Domain.FieldService;

public sealed class ComponentCatalogueTests
{
    [Fact]
    public void WithOverrides_FilterReplaced_OthersKeepDefaults()
    {
        var custom = new ComponentRequirement("filter", "water-treatment", "FLT-900", TimeSpan.FromMinutes(45));

        var catalogue = ComponentCatalogue.WithOverrides([custom]);

        Assert.Equal(custom, catalogue.For("filter"));
        Assert.Equal(ComponentCatalogue.Defaults[1], catalogue.For("pump"));
        Assert.Equal(3, catalogue.All.Count());
        Assert.Null(catalogue.For("valve"));
    }
}

using PredictMaint.FirmwareSim.Physics;

namespace PredictMaint.FirmwareSim.Tests.Physics;

public sealed class MembraneRejectionTests
{
    private readonly MembraneRejection _membrane = new(EndOfLifeVolumeLitres: 100_000);

    [Fact]
    public void ProductTdsPpm_AsPermeateVolumeGrows_Rises()
    {
        Assert.Equal(350 * 0.03, _membrane.ProductTdsPpm(350, 0), 9);
        Assert.True(_membrane.ProductTdsPpm(350, 50_000) > _membrane.ProductTdsPpm(350, 10_000));
        Assert.Equal(35, _membrane.ProductTdsPpm(350, 100_000), 9);
    }
}

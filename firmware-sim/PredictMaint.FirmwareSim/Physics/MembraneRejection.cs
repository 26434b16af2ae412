namespace PredictMaint.FirmwareSim.Physics;

/// <summary>
/// Salt rejection of the reverse-osmosis membrane and the product water's dissolved solids.
/// </summary>
/// <remarks>
/// Rejection declines linearly with the permeate volume (scaling, fouling, oxidation):
/// R(V) = R_0 − (R_0 − R_end) · V / V_end, and TDS_out = TDS_in · (1 − R). The membrane is
/// exhausted at R ≤ R_end (here 90 %: a 350 ppm feed then gives 35 ppm product water).
/// </remarks>
internal sealed record MembraneRejection(double EndOfLifeVolumeLitres, double NewRejection = 0.97, double EndOfLifeRejection = 0.90)
{
    public double Rejection(double permeateLitres) =>
        Math.Max(0.5, NewRejection - ((NewRejection - EndOfLifeRejection) * Math.Max(0.0, permeateLitres) / EndOfLifeVolumeLitres));

    public double ProductTdsPpm(double feedTdsPpm, double permeateLitres) => feedTdsPpm * (1.0 - Rejection(permeateLitres));
}

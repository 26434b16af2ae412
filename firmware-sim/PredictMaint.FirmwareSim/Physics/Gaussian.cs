namespace PredictMaint.FirmwareSim.Physics;

/// <summary>Normal deviates from a seeded <see cref="Random"/> (Box–Muller), so runs are reproducible.</summary>
internal static class Gaussian
{
    public static double Next(Random random, double mean, double standardDeviation)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + (standardDeviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }
}

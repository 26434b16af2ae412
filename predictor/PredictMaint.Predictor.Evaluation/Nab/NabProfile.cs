using System.Text.Json;

namespace PredictMaint.Predictor.Evaluation.Nab;

/// <summary>One NAB cost profile (the CostMatrix of <c>config/profiles.json</c>).</summary>
public sealed record NabProfile(string Name, double TruePositiveWeight, double FalsePositiveWeight, double FalseNegativeWeight)
{
    /// <summary>Reads every profile of a NAB <c>profiles.json</c>, in file order.</summary>
    public static IReadOnlyList<NabProfile> Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var profiles = new List<NabProfile>();
        foreach (var profile in document.RootElement.EnumerateObject())
        {
            var costs = profile.Value.GetProperty("CostMatrix");
            profiles.Add(new NabProfile(
                profile.Name,
                costs.GetProperty("tpWeight").GetDouble(),
                costs.GetProperty("fpWeight").GetDouble(),
                costs.GetProperty("fnWeight").GetDouble()));
        }

        return profiles;
    }
}

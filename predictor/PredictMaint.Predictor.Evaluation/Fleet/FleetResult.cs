using System.Globalization;

namespace PredictMaint.Predictor.Evaluation.Fleet;

/// <summary>What <c>eval fleet</c> found: the figures over all components and for each component alone.</summary>
public sealed record FleetResult(int Devices, FleetFigures All, IReadOnlyDictionary<string, FleetFigures> ByComponent)
{
    /// <summary>One component's figures, printed above the last line.</summary>
    public string ComponentLine(string component)
    {
        var figures = ByComponent[component];
        return string.Create(CultureInfo.InvariantCulture,
            $"component={component} alarms={figures.Alarms} failures={figures.Failures} detected={figures.Detected} {figures.Format()}");
    }

    public string LastLine() => string.Create(CultureInfo.InvariantCulture, $"fleet devices={Devices} {All.Format()}");
}

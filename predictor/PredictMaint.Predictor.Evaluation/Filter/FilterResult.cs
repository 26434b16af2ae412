using System.Globalization;

namespace PredictMaint.Predictor.Evaluation.Filter;

/// <summary>Filter evaluation figures: RMSE (s) over every scored second, alert precision/recall, and interval coverage.</summary>
public sealed record FilterResult(string Format, int Runs, double Rmse, double AlertPrecision, double AlertRecall, double Coverage)
{
    public string LastLine() => string.Create(CultureInfo.InvariantCulture,
        $"filter format={Format} runs={Runs} rmse={Rmse:0.00} alert_precision={AlertPrecision:0.000} alert_recall={AlertRecall:0.000} coverage={Coverage:0.00}");
}

using System.Globalization;

namespace PredictMaint.Predictor.Evaluation.Filter;

/// <summary>Filter evaluation figures: RMSE (s) over every scored second, and alert precision/recall.</summary>
public sealed record FilterResult(string Format, int Runs, double Rmse, double AlertPrecision, double AlertRecall)
{
    public string LastLine() => string.Create(CultureInfo.InvariantCulture,
        $"filter format={Format} runs={Runs} rmse={Rmse:0.00} alert_precision={AlertPrecision:0.000} alert_recall={AlertRecall:0.000}");
}

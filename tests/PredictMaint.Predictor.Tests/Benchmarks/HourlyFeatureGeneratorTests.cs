using PredictMaint.Benchmarks.Predictor;
using PredictMaint.Predictor.Scoring;

namespace PredictMaint.Predictor.Tests.Benchmarks;

/// <summary>The fleet generator behind <c>./pm bench predictor</c> (tests/PredictMaint.Benchmarks/Predictor).</summary>
public sealed class HourlyFeatureGeneratorTests
{
    private static readonly PredictorOptions Options = new() { TicketingUrl = new Uri("http://x/"), TicketingApiKey = "k" };

    [Fact]
    public void Generate_SameSeedAnyOrder_SameFeatures()
    {
        var first = new HourlyFeatureGenerator(7, 30);
        var second = new HourlyFeatureGenerator(7, 30);
        _ = second.Generate(12, 337); // another device first must not change device 5
        var a = first.Generate(5, 337);
        var b = second.Generate(5, 337);
        Assert.Equal(a.Hours, b.Hours);
        Assert.Equal(a.PumpCurrentMean, b.PumpCurrentMean);
        Assert.Equal(a.VibrationRmsMean, b.VibrationRmsMean);
        Assert.NotEqual(a.PumpCurrentMean, new HourlyFeatureGenerator(8, 30).Generate(5, 337).PumpCurrentMean);
    }

    [Fact]
    public void Generate_NewestRows_IsTheTailOfTheWholeSeries()
    {
        var generator = new HourlyFeatureGenerator(1, 30);
        for (var device = 0; device < 50; device++)
        {
            var whole = generator.Generate(device, generator.TotalHours);
            var tail = generator.Generate(device, 337);
            // Rows, not hours, as the reader's LIMIT counts them: an offline hour reaches one further back.
            Assert.Equal(whole.Hours[^337..], tail.Hours);
            Assert.Equal(whole.FlowMean[^337..], tail.FlowMean);
            Assert.Equal(whole.PumpCurrentMean[^337..], tail.PumpCurrentMean);
            Assert.True(whole.Hours.Length > generator.TotalHours * 0.98, "only a few hours may be missing");
            Assert.True(whole.Hours[^1] < HourlyFeatureGenerator.End);
        }
    }

    [Fact]
    public void ConditionOf_ThousandsOfDevices_FivePercentEachWearing()
    {
        var generator = new HourlyFeatureGenerator(3, 30);
        var conditions = Enumerable.Range(0, 10_000).Select(generator.ConditionOf).ToArray();
        Assert.InRange(conditions.Count(c => c == DeviceCondition.WearingBearing), 400, 600);
        Assert.InRange(conditions.Count(c => c == DeviceCondition.WearingPump), 400, 600);
    }

    [Fact]
    public void Generate_ScoredByTheServiceRules_PredictsOnlyTheWearingComponent()
    {
        // The real rules at the newest hour: a healthy device gives nothing; a wearing one only its own
        // component, and some of them (those within the 72 h horizon) a prediction.
        var generator = new HourlyFeatureGenerator(1, 30);
        var predicted = new Dictionary<DeviceCondition, int>();
        for (var device = 0; device < 600; device++)
        {
            var features = generator.Generate(device, 337);
            var condition = generator.ConditionOf(device);
            var bearing = BearingPredictionRule.Evaluate(features, Options, features.Hours[^1]).Prediction;
            var pump = PumpPredictionRule.Evaluate(features, Options, features.Hours[^1]).Prediction;
            Assert.True(bearing is null || condition == DeviceCondition.WearingBearing, $"bearing prediction on {condition} device {device}");
            Assert.True(pump is null || condition == DeviceCondition.WearingPump, $"pump prediction on {condition} device {device}");
            if (bearing is not null || pump is not null)
            {
                predicted[condition] = predicted.GetValueOrDefault(condition) + 1;
            }
        }

        Assert.True(predicted.GetValueOrDefault(DeviceCondition.WearingBearing) > 0);
        Assert.True(predicted.GetValueOrDefault(DeviceCondition.WearingPump) > 0);
    }

    [Fact]
    public void RollupPoints_Hour_WrittenAsIngestsRollupWritesIt()
    {
        var features = new HourlyFeatureGenerator(1, 2).Generate(0, 48);
        var line = RollupPoints.From(features, HourlyFeatureGenerator.Model).First().ToLineProtocol();
        Assert.StartsWith("telemetry_1h,device=dev-000000,model=aqua-400,site=site-00000 ", line, StringComparison.Ordinal);
        foreach (var channel in new[] { "vibration_rms_mm_s", "vibration_kurtosis", "pump_running", "pump_current_a", "flow_lpm", "pressure_drop_kpa" })
        {
            Assert.Contains(channel + "_mean=", line, StringComparison.Ordinal);
            Assert.Contains(channel + "_min=", line, StringComparison.Ordinal);
            Assert.Contains(channel + "_max=", line, StringComparison.Ordinal);
            Assert.Contains(channel + "_count=360i", line, StringComparison.Ordinal);
        }
    }
}

using System.ComponentModel.DataAnnotations;

namespace PredictMaint.Predictor.Models.Regression;

/// <summary>Hyper-parameters of <see cref="GradientBoostedTrees"/>.</summary>
public sealed record GradientBoostingOptions
{
    [Range(1, 10_000)]
    public int Trees { get; init; } = 300;

    [Range(1e-4, 1.0)]
    public double LearningRate { get; init; } = 0.05;

    [Range(1, 12)]
    public int MaxDepth { get; init; } = 5;

    [Range(1, int.MaxValue)]
    public int MinSamplesLeaf { get; init; } = 20;

    /// <summary>Fraction of rows each tree is fitted on (stochastic gradient boosting, Friedman 2002).</summary>
    [Range(0.05, 1.0)]
    public double Subsample { get; init; } = 0.7;

    /// <summary>Fraction of features each tree may split on.</summary>
    [Range(0.05, 1.0)]
    public double FeatureFraction { get; init; } = 0.8;

    /// <summary>Quantile bins per feature (split candidates), at most 255.</summary>
    [Range(2, 255)]
    public int Bins { get; init; } = 64;

    public int Seed { get; init; } = 1;
}

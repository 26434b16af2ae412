using PredictMaint.Testing.Servers;

namespace PredictMaint.Predictor.Tests;

/// <summary>
/// The shared public data sets (never copied into the repository): <c>../shared/datasets</c>
/// from the repository root, or <c>PM_DATASETS</c>. A missing folder fails the test that needs it.
/// </summary>
public static class PublicDatasets
{
    public static string Root { get; } =
        Environment.GetEnvironmentVariable("PM_DATASETS") is { Length: > 0 } configured
            ? configured
            : Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "datasets"));

    public static string Folder(string name)
    {
        var folder = Path.Combine(Root, name);
        return Directory.Exists(folder)
            ? folder
            : throw new DirectoryNotFoundException($"Public data set '{name}' not found at {folder}; set PM_DATASETS.");
    }
}

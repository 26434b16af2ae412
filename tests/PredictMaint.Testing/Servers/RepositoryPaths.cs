namespace PredictMaint.Testing.Servers;

/// <summary>Finds the repository root (the folder holding PredictMaint.sln) from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Script(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PredictMaint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"PredictMaint.sln not found above {AppContext.BaseDirectory}.");
    }
}

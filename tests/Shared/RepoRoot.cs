namespace OutreachLint.Tests;

/// <summary>Finds the repository (the folder holding OutreachLint.sln) from the test assembly's folder.</summary>
internal static class RepoRoot
{
    /// <summary>The repository root.</summary>
    public static string Path { get; } = Find();

    /// <summary>A path under the repository root.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "OutreachLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OutreachLint.sln not found above " + AppContext.BaseDirectory);
    }
}

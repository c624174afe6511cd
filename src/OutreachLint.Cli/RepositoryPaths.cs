namespace OutreachLint.Cli;

/// <summary>Default folders for <c>train</c>: the repository that holds <c>training-data/</c>, found from the working directory up.</summary>
internal static class RepositoryPaths
{
    /// <summary>The nearest folder at or above the working directory that has <c>training-data/</c>.</summary>
    /// <exception cref="UsageException">There is none.</exception>
    public static string Root()
    {
        if (UpwardSearch.Find("training-data", Directory.Exists) is { } data)
        {
            return Path.GetDirectoryName(data)!;
        }

        throw new UsageException("no training-data/ folder at or above the working directory; pass --data");
    }
}

namespace OutreachLint.Cli;

/// <summary>Finds the nearest path at or above the working directory, the way git finds its repository.</summary>
internal static class UpwardSearch
{
    /// <summary>The first <c>DIR/relative</c> that <paramref name="exists"/> accepts, from the working directory upward; null when none.</summary>
    public static string? Find(string relative, Func<string, bool> exists)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

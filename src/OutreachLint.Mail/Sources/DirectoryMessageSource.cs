using System.Runtime.CompilerServices;

namespace OutreachLint.Mail.Sources;

/// <summary>
/// A directory walked recursively in ordinal path order: every <c>*.eml</c> file, and every file in a Maildir
/// <c>cur/</c> or <c>new/</c> folder. Other files are ignored; unreadable folders yield an error item.
/// </summary>
public sealed class DirectoryMessageSource : IMessageSource
{
    private readonly string _path;

    /// <summary>Creates a source for the directory at <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public DirectoryMessageSource(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _path = path;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<MailItem> ReadAsync([EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var entry in Walk(_path))
        {
            ct.ThrowIfCancellationRequested();
            if (entry.Error is not null)
            {
                yield return StreamMailReader.Error(entry.Path, entry.Error);
                continue;
            }

            await foreach (var item in new FileMessageSource(entry.Path).ReadAsync(ct).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<(string Path, string? Error)> Walk(string directory)
    {
        string[] files;
        string[] subdirectories;
        try
        {
            files = Directory.GetFiles(directory);
            subdirectories = Directory.GetDirectories(directory);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return [(directory, ex is UnauthorizedAccessException ? "permission denied" : $"cannot list ({ex.Message})")];
        }

        var isMaildirFolder = Path.GetFileName(directory) is "cur" or "new";
        var messages = files
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Where(f => isMaildirFolder || f.EndsWith(".eml", StringComparison.OrdinalIgnoreCase))
            .Select(f => (f, (string?)null));

        // Symlinked folders are not followed: a link back up the tree would walk forever.
        var nested = subdirectories
            .Where(d => new DirectoryInfo(d).LinkTarget is null && !IsMaildirTmp(d))
            .SelectMany(Walk);
        return messages.Concat(nested).OrderBy(e => e.Item1, StringComparer.Ordinal);
    }

    // Maildir delivers into tmp/ and then moves the file; a file still in tmp/ may be half written.
    private static bool IsMaildirTmp(string directory) =>
        Path.GetFileName(directory) == "tmp" && Directory.Exists(Path.Join(Path.GetDirectoryName(directory), "cur"));
}

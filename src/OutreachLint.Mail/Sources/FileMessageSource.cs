using System.Runtime.CompilerServices;

namespace OutreachLint.Mail.Sources;

/// <summary>One file, read by its content: an mbox, a MIME message, or else plain body text.</summary>
public sealed class FileMessageSource : IMessageSource
{
    private readonly string _path;

    /// <summary>Creates a source for the file at <paramref name="path"/>; the path is also the items' source label.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public FileMessageSource(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _path = path;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<MailItem> ReadAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var (stream, error) = Open(_path);
        if (stream is null)
        {
            yield return StreamMailReader.Error(_path, error!);
            yield break;
        }

        await using (stream.ConfigureAwait(false))
        {
            await foreach (var item in StreamMailReader.ReadAsync(stream, _path, ct).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    /// <summary>Opens a file for sequential reading, or says in a few words why it cannot be read.</summary>
    internal static (FileStream? Stream, string? Error) Open(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                return (null, "is a directory");
            }

            return (new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true), null);
        }
        catch (FileNotFoundException)
        {
            return (null, "no such file");
        }
        catch (DirectoryNotFoundException)
        {
            return (null, "no such file or directory");
        }
        catch (UnauthorizedAccessException)
        {
            return (null, "permission denied");
        }
        catch (IOException ex)
        {
            return (null, $"cannot open ({ex.Message})");
        }
    }
}

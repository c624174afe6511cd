using System.Runtime.CompilerServices;

namespace OutreachLint.Mail.Sources;

/// <summary>Standard input (or any stream standing in for it): raw MIME, an mbox or plain text, detected by content.</summary>
public sealed class StdinMessageSource : IMessageSource
{
    /// <summary>The source label of items read from standard input.</summary>
    public const string Label = "-";

    private readonly Func<Stream> _open;

    /// <summary>Creates a source that reads the stream <paramref name="open"/> returns; the stream is disposed after reading.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="open"/> is null.</exception>
    public StdinMessageSource(Func<Stream> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        _open = open;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<MailItem> ReadAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var stream = _open();
        await using (stream.ConfigureAwait(false))
        {
            await foreach (var item in StreamMailReader.ReadAsync(stream, Label, ct).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }
}

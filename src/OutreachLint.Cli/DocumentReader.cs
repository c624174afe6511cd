using System.Runtime.CompilerServices;
using OutreachLint.Core;
using OutreachLint.Mail.Extraction;
using OutreachLint.Mail.Sources;

namespace OutreachLint.Cli;

/// <summary>Reads every input in order and extracts each message's author text: source → extraction, as a stream.</summary>
internal sealed class DocumentReader(MessageSourceFactory factory, AuthorTextExtractor extractor)
{
    /// <summary>
    /// Every document of every input; unreadable items come through as documents with an error. Each item's message is
    /// disposed once its document is extracted (see <see cref="ExtractAndDispose"/>).
    /// </summary>
    /// <exception cref="UsageException">An input is a malformed IMAP URL.</exception>
    public async IAsyncEnumerable<(MailItem Item, EmailDocument Document)> ReadAsync(IEnumerable<string> inputs, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var item in ReadItemsAsync(inputs, ct).ConfigureAwait(false))
        {
            yield return (item, ExtractAndDispose(item));
        }
    }

    /// <summary>Every item of every input, not yet extracted, for a caller that extracts only some, or elsewhere.</summary>
    /// <exception cref="UsageException">An input is a malformed IMAP URL.</exception>
    public async IAsyncEnumerable<MailItem> ReadItemsAsync(IEnumerable<string> inputs, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var input in inputs)
        {
            IMessageSource source;
            try
            {
                source = factory.Create(input);
            }
            catch (FormatException e)
            {
                throw new UsageException($"{input}: {e.Message}");
            }

            await foreach (var item in source.ReadAsync(ct).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    /// <summary>
    /// The item's document, after which its message is disposed: MimeKit's messages have finalizers, so one left to them
    /// outlives a collection, and over a folder those promotions cost a fifth of an audit's time. A message that cannot
    /// be extracted becomes a document with an error. Thread-safe.
    /// </summary>
    public EmailDocument ExtractAndDispose(MailItem item)
    {
        using (item.Message)
        {
            return Extract(item);
        }
    }

    private EmailDocument Extract(MailItem item)
    {
        try
        {
            return extractor.Extract(item);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One malformed message must not end the run; it is reported like any unreadable input.
            return new EmailDocument { Source = item.Source, Error = $"{item.Source}: could not extract text ({e.GetType().Name}: {e.Message.Split('\n')[0]})" };
        }
    }
}

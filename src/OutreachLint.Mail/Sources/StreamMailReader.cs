using System.Text;
using MimeKit;
using MimeKit.IO;

namespace OutreachLint.Mail.Sources;

/// <summary>Reads one input stream, sniffed by content, as an mbox, one MIME message or plain text.</summary>
internal static class StreamMailReader
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>Yields the items of <paramref name="stream"/>, labelled <paramref name="source"/>.</summary>
    public static async IAsyncEnumerable<MailItem> ReadAsync(
        Stream stream, string source, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var head = new byte[ContentSniffer.HeadSize];
        var length = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct).ConfigureAwait(false);
        var complete = length < head.Length;
        var kind = ContentSniffer.Sniff(head.AsSpan(0, length), complete);
        switch (kind)
        {
            case InputKind.Empty:
                yield return Error(source, "empty input, no message to read");
                yield break;
            case InputKind.Binary:
                yield return Error(source, "not a mail message or text (binary content)");
                yield break;
        }

        var whole = Rewind(stream, head, length);
        if (kind == InputKind.PlainText)
        {
            yield return new MailItem(source, null, await ReadTextAsync(whole, ct).ConfigureAwait(false), null);
            yield break;
        }

        // persistent: MimeKit keeps part bodies in the (seekable) file instead of memory until we detach them.
        var parser = new MimeParser(whole, kind == InputKind.Mbox ? MimeFormat.Mbox : MimeFormat.Entity, persistent: true);
        var number = 0;
        while (!parser.IsEndOfStream)
        {
            number++;
            var label = kind == InputKind.Mbox ? $"{source}#{number}" : source;
            var item = await ParseOneAsync(parser, label, ct).ConfigureAwait(false);
            yield return item;
            if (item.Error is not null || kind == InputKind.Mime)
            {
                yield break; // after a parse error the parser's position is unreliable
            }
        }
    }

    private static async Task<MailItem> ParseOneAsync(MimeParser parser, string label, CancellationToken ct)
    {
        try
        {
            var message = await parser.ParseMessageAsync(ct).ConfigureAwait(false);
            await MessageDetacher.DetachAsync(message, ct).ConfigureAwait(false);
            return new MailItem(label, message, null, null);
        }
        catch (FormatException ex)
        {
            return Error(label, $"not a valid MIME message ({ex.Message})");
        }
        catch (IOException ex)
        {
            return Error(label, $"read failed ({ex.Message})");
        }
    }

    private static Stream Rewind(Stream stream, byte[] head, int length)
    {
        if (stream.CanSeek)
        {
            stream.Seek(0, SeekOrigin.Begin);
            return stream;
        }

        // Standard input cannot seek back: replay the sniffed head, then the rest of the stream.
        var chained = new ChainedStream();
        chained.Add(new MemoryStream(head, 0, length, writable: false));
        chained.Add(stream, leaveOpen: true);
        return chained;
    }

    private static async Task<string> ReadTextAsync(Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct).ConfigureAwait(false);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var bom = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes[bom..]);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes); // legacy 8-bit text: keep every byte rather than fail
        }
    }

    internal static MailItem Error(string source, string reason) => new(source, null, null, $"{source}: {reason}");
}

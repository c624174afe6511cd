using System.Buffers;
using System.Text;
using MimeKit;
using MimeKit.Text;

namespace OutreachLint.Mail.Extraction;

/// <summary>
/// Finds the body a reader sees in a MIME tree and renders it to lines. Attachments and non-text parts are
/// never decoded; depth and part count are bounded so a hostile message cannot make the walk unbounded.
/// </summary>
internal sealed class MimeBodyReader
{
    /// <summary>Deeper nesting than this is not a real mail client's doing.</summary>
    public const int MaxDepth = 32;

    /// <summary>Parts visited at most per message.</summary>
    public const int MaxParts = 500;

    /// <summary>Decoded characters read per text part; the rest is ignored.</summary>
    public const int MaxTextChars = 2_000_000;

    // Above this a text part is decoded by MimeKit, without a pooled buffer.
    private const int MaxUnencodedBytes = 1 << 20;

    private readonly List<BodyLine> _lines = [];
    private int _visited;

    private MimeBodyReader()
    {
    }

    /// <summary>Renders the body of <paramref name="message"/>; empty when it has no readable text.</summary>
    public static IReadOnlyList<BodyLine> Read(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var reader = new MimeBodyReader();
        if (message.Body is { } body)
        {
            reader.Visit(body, 0);
        }

        return reader._lines;
    }

    private bool Visit(MimeEntity entity, int depth)
    {
        if (depth > MaxDepth || ++_visited > MaxParts || IsAttachment(entity, depth))
        {
            return false;
        }

        switch (entity)
        {
            case MultipartAlternative alternative:
                return VisitAlternative(alternative, depth);
            case MultipartRelated related:
                return (related.Root ?? related.FirstOrDefault()) is { } root && Visit(root, depth + 1);
            case Multipart multipart:
                var any = false;
                foreach (var child in multipart)
                {
                    any |= Visit(child, depth + 1);
                }

                return any;
            case TextPart text when text.IsPlain || text.IsHtml:
                return Append(Render(text));
            default:
                return false;
        }
    }

    /// <summary>Plain text first, as asked; HTML when the plain part is missing or empty.</summary>
    private bool VisitAlternative(MultipartAlternative alternative, int depth)
    {
        var candidates = alternative.Where(e => !IsAttachment(e, depth + 1)).ToList();
        var plain = candidates.OfType<TextPart>().LastOrDefault(t => t.IsPlain);
        var html = candidates.OfType<TextPart>().LastOrDefault(t => t.IsHtml);
        foreach (var part in new[] { plain, html })
        {
            if (part is not null && ++_visited <= MaxParts && Append(Render(part)))
            {
                return true;
            }
        }

        return candidates.OfType<Multipart>().LastOrDefault() is { } nested && Visit(nested, depth + 1);
    }

    private bool Append(IReadOnlyList<BodyLine> lines)
    {
        if (lines.All(l => l.IsBlank))
        {
            return false;
        }

        if (_lines.Count > 0)
        {
            _lines.Add(new BodyLine(""));
        }

        _lines.AddRange(lines);
        return true;
    }

    private static IReadOnlyList<BodyLine> Render(TextPart part)
    {
        var text = Decode(part);
        if (text.Length > MaxTextChars)
        {
            text = text[..MaxTextChars];
        }

        if (part.IsHtml)
        {
            return HtmlTextRenderer.Render(text);
        }

        if (part.IsFlowed)
        {
            var delsp = part.ContentType.Parameters.TryGetValue("delsp", out string? value)
                && value is not null && value.Equals("yes", StringComparison.OrdinalIgnoreCase);
            text = new FlowedToText { DeleteSpace = delsp }.Convert(text);
        }

        return TextNormalizer.SplitLines(text).Select(line => new BodyLine(line)).ToList();
    }

    /// <summary>
    /// The declared charset first, looked up in .NET (with code pages registered), because MimeKit may have cached
    /// a charset as unknown before registration; then MimeKit's own fallbacks. Broken encodings must not escape.
    /// </summary>
    private static string Decode(TextPart part)
    {
        try
        {
            return ResolveCharset(part.ContentType.Charset) is { } encoding ? ReadUnencoded(part, encoding) ?? part.GetText(encoding) ?? "" : part.Text ?? "";
        }
        catch (Exception e) when (e is DecoderFallbackException or NotSupportedException or ArgumentException or FormatException or InvalidOperationException or IOException)
        {
            try
            {
                return part.GetText(Encoding.Latin1) ?? "";
            }
            catch (Exception inner) when (inner is DecoderFallbackException or NotSupportedException or ArgumentException or FormatException or InvalidOperationException or IOException)
            {
                return "";
            }
        }
    }

    // MimeKit's GetText decodes through a chain of filter streams and buffers, some 5 KB of garbage for a 350-character
    // body (a tenth of everything an audit allocates); a part without a transfer encoding needs none of it, its bytes
    // being the text's bytes. Null when the part needs decoding, or is too big for a pooled buffer. Same text as GetText
    // for every one of the 20,141 such parts in the shared corpora and the audit benchmark's mail.
    private static string? ReadUnencoded(TextPart part, Encoding encoding)
    {
        if (part.Content is not { Encoding: ContentEncoding.Default or ContentEncoding.SevenBit or ContentEncoding.EightBit or ContentEncoding.Binary } content
            || content.Stream is not { CanSeek: true, Length: <= MaxUnencodedBytes } stream)
        {
            return null;
        }

        var length = (int)stream.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            stream.Position = 0;
            stream.ReadExactly(buffer, 0, length);
            var text = encoding.GetString(buffer, 0, length);

            // As GetText does: CRLF (all IMAP mail) becomes LF, a lone CR stays.
            return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal) : text;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Encoding? ResolveCharset(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(charset.Trim().Trim('"'));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Attachments are never read: an explicit disposition, or a file name below the top level.</summary>
    private static bool IsAttachment(MimeEntity entity, int depth) =>
        entity.IsAttachment || (depth > 0 && entity is MimePart { FileName.Length: > 0 });
}

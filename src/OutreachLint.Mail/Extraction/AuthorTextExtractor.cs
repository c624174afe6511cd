using System.Text;
using OutreachLint.Core;
using OutreachLint.Mail.Sources;

namespace OutreachLint.Mail.Extraction;

/// <summary>
/// Turns a mail item into the <see cref="EmailDocument"/> the engine judges: the author's own words, with quotes,
/// forwards, signatures, disclaimers and device footers set aside and each recorded with its reason.
/// Stateless and safe to share between threads.
/// </summary>
public sealed class AuthorTextExtractor
{
    /// <summary>.NET ships only Unicode and Latin-1; mail arrives in ISO-2022-JP, Shift_JIS, GB2312, KOI8-R and more.</summary>
    static AuthorTextExtractor() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Extracts the document; an unreadable item becomes a document with <c>Error</c> set and no text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public EmailDocument Extract(MailItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Error is not null)
        {
            return new EmailDocument { Source = item.Source, Error = item.Error };
        }

        if (item.Message is { } message)
        {
            return EnvelopeReader.Fill(FromBody(item.Source, MimeBodyReader.Read(message)), message);
        }

        if (item.PlainText is { } text)
        {
            return FromBody(item.Source, TextNormalizer.SplitLines(text).Select(line => new BodyLine(line)).ToList());
        }

        return new EmailDocument { Source = item.Source, Error = $"{item.Source}: the item has neither a message nor text" };
    }

    /// <summary>
    /// The item's Date header, as <see cref="Extract"/> would set <see cref="EmailDocument.Date"/>, without extracting:
    /// enough to decide whether a message falls in a window before paying for its text.
    /// </summary>
    public static DateTimeOffset? DateOf(MailItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Message is { } message ? EnvelopeReader.DateOf(message) : null;
    }

    private static EmailDocument FromBody(string source, IReadOnlyList<BodyLine> lines)
    {
        var body = BodySegmenter.Segment(lines);
        return new EmailDocument
        {
            Source = source,
            AuthorText = body.AuthorText,
            SetAside = body.SetAside,

            // A quoted earlier message proves a reply even when a draft lost its In-Reply-To header.
            IsReply = body.SetAside.Any(p => p.Kind == SetAsideKind.Quote),
        };
    }
}

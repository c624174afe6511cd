using System.Net;
using MimeKit.Text;

namespace OutreachLint.Mail.Extraction;

/// <summary>
/// Flattens pathologically deep HTML before it reaches the tree builder, whose scope checks cost time per open
/// element: 100,000 nested divs would take minutes. Tags past the limit are dropped; their text is kept.
/// </summary>
internal static class HtmlDepthLimiter
{
    /// <summary>Real mail nests a few dozen levels; hundreds already means a generator or an attack.</summary>
    public const int MaxDepth = 512;

    /// <summary>Returns <paramref name="html"/> unchanged unless it nests deeper than <see cref="MaxDepth"/>.</summary>
    public static string Limit(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Count(c => c == '<') <= MaxDepth || MeasureDepth(html) <= MaxDepth)
        {
            return html;
        }

        using var writer = new StringWriter();
        var depth = 0;
        var tokenizer = new HtmlTokenizer(new StringReader(html));
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken { IsEndTag: true } end:
                    var dropped = depth > MaxDepth;
                    depth = Math.Max(0, depth - 1);
                    if (!dropped)
                    {
                        end.WriteTo(writer);
                    }

                    break;
                case HtmlTagToken start:
                    depth += Opens(start) ? 1 : 0;
                    if (depth <= MaxDepth)
                    {
                        start.WriteTo(writer);
                    }

                    break;
                case HtmlDataToken data when data.Kind is HtmlTokenKind.Data or HtmlTokenKind.CData:
                    // The tokenizer decoded entities; encode again so the parser reads the same text.
                    writer.Write(WebUtility.HtmlEncode(data.Data));
                    break;
            }
        }

        return writer.ToString();
    }

    private static int MeasureDepth(string html)
    {
        var depth = 0;
        var max = 0;
        var tokenizer = new HtmlTokenizer(new StringReader(html));
        while (tokenizer.ReadNextToken(out var token))
        {
            if (token is HtmlTagToken tag)
            {
                depth = tag.IsEndTag ? Math.Max(0, depth - 1) : depth + (Opens(tag) ? 1 : 0);
                max = Math.Max(max, depth);
            }
        }

        return max;
    }

    private static bool Opens(HtmlTagToken tag) => !tag.IsEmptyElement && !tag.Id.IsEmptyElement();
}

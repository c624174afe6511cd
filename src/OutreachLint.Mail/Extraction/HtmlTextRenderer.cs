using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OutreachLint.Mail.Extraction;

/// <summary>
/// Renders an HTML body to lines of visible text with a real HTML5 parser: scripts, styles, hidden elements
/// and images contribute nothing; client markers (Gmail quotes, Outlook reply headers) mark what they wrap.
/// </summary>
internal static class HtmlTextRenderer
{
    /// <summary>Rendering stops here; no human-written email comes near it.</summary>
    private const long MaxRenderedChars = 2_000_000;

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    private static readonly HashSet<string> ParagraphTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "dl",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "tr", "dt", "dd", "section", "article", "header", "footer", "nav", "aside", "main", "address",
        "center", "hr", "form", "fieldset", "caption", "figure", "figcaption", "details", "summary", "body", "html",
        "blockquote", "tbody", "thead", "tfoot",
    };

    /// <summary>Renders <paramref name="html"/> into body lines.</summary>
    public static IReadOnlyList<BodyLine> Render(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = Parser.ParseDocument(HtmlDepthLimiter.Limit(html));
        var root = (INode?)document.Body ?? document.DocumentElement;
        var writer = new HtmlLineWriter();
        if (root is not null)
        {
            Walk(root, writer);
        }

        return writer.Finish();
    }

    /// <summary>Walks with an explicit stack: hostile HTML can nest deeper than the call stack allows.</summary>
    private static void Walk(INode root, HtmlLineWriter writer)
    {
        var stack = new Stack<Frame>();
        var lists = new Stack<ListState>();
        var preDepth = 0;
        stack.Push(new Frame(root, false, null));
        while (stack.Count > 0 && writer.Written < MaxRenderedChars)
        {
            var frame = stack.Pop();
            if (frame.IsExit)
            {
                var exited = (IElement)frame.Node;
                preDepth -= IsPre(exited) ? 1 : 0;
                Exit(exited, frame.Marker, writer, lists);
                continue;
            }

            switch (frame.Node)
            {
                case IText text when preDepth > 0:
                    writer.Preformatted(text.Data);
                    break;
                case IText text:
                    writer.Text(text.Data);
                    break;
                case IElement element when !IsRendered(element):
                    break;
                case IElement element:
                    preDepth += IsPre(element) ? 1 : 0;
                    var marker = Enter(element, writer, lists);
                    stack.Push(new Frame(element, true, marker));
                    for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
                    {
                        stack.Push(new Frame(element.ChildNodes[i], false, null));
                    }

                    break;
            }
        }
    }

    private static HtmlMarker? Enter(IElement element, HtmlLineWriter writer, Stack<ListState> lists)
    {
        var name = element.LocalName;
        var marker = HtmlMarkers.Containers.FirstOrDefault(m => m.Matches(element));
        if (marker is { CutsRest: true })
        {
            writer.Cut(marker.Kind, marker.Reason);
        }
        else if (marker is not null)
        {
            writer.Push(marker.Kind, marker.Reason);
        }

        if (IsParagraph(element, lists))
        {
            writer.Paragraph();
        }
        else if (BlockTags.Contains(name) || name == "p")
        {
            writer.Block();
        }

        switch (name)
        {
            case "br":
                writer.LineBreak();
                break;
            case "ul" or "ol":
                lists.Push(new ListState(name == "ol"));
                break;
            case "li":
                var list = lists.Count > 0 ? lists.Peek() : new ListState(false);
                list.Count++;
                var indent = new string(' ', 2 * Math.Max(0, lists.Count - 1));
                writer.Prefix(indent + (list.Ordered ? $"{list.Count}. " : "- "));
                break;
            case "td" or "th" when element.PreviousElementSibling is { LocalName: "td" or "th" }:
                writer.Space();
                break;
            case "img" when element.GetAttribute("data-emoji") is { Length: > 0 and <= 16 } emoji && !IsPixel(element):
                // Gmail draws emoji as images; the emoji is part of the sentence. Other images carry no words.
                writer.Text(emoji);
                break;
        }

        return marker is { CutsRest: false } ? marker : null;
    }

    private static void Exit(IElement element, HtmlMarker? marker, HtmlLineWriter writer, Stack<ListState> lists)
    {
        var name = element.LocalName;
        if (name is "ul" or "ol" && lists.Count > 0)
        {
            lists.Pop();
        }

        if (IsParagraph(element, lists))
        {
            writer.Paragraph();
        }
        else if (BlockTags.Contains(name) || name is "li" or "p")
        {
            writer.Block();
        }

        if (marker is not null)
        {
            writer.Pop();
        }
    }

    /// <summary>
    /// Paragraphs leave a blank line, except where the sender's client zeroed their margins (Outlook's
    /// MsoNormal, Outlook web's margin:0): there each paragraph is one typed line. Nested lists stay tight.
    /// </summary>
    private static bool IsParagraph(IElement element, Stack<ListState> lists)
    {
        var name = element.LocalName;
        if (name is "ul" or "ol")
        {
            return lists.Count == 0;
        }

        if (!ParagraphTags.Contains(name))
        {
            return false;
        }

        if (name != "p")
        {
            return true;
        }

        var isOfficeLine = element.ClassName?.StartsWith("Mso", StringComparison.Ordinal) == true;
        var style = element.GetAttribute("style");
        return !isOfficeLine && (string.IsNullOrEmpty(style) || !HtmlMarkers.ZeroMargin.IsMatch(Bound(style)));
    }

    private static string Bound(string style) => style.Length <= 2000 ? style : style[..2000];

    private static bool IsRendered(IElement element)
    {
        if (HtmlMarkers.SkippedTags.Contains(element.LocalName) || element.HasAttribute("hidden"))
        {
            return false;
        }

        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
        {
            return true;
        }

        var bounded = Bound(style);
        var zeroBox = HtmlMarkers.ZeroBox.IsMatch(bounded) && HtmlMarkers.OverflowHidden.IsMatch(bounded);
        return !zeroBox && !HtmlMarkers.HiddenStyle.IsMatch(bounded);
    }

    /// <summary>A 1×1 image is a tracking pixel, whatever it claims to show.</summary>
    private static bool IsPixel(IElement element) =>
        element.GetAttribute("width") is "0" or "1" || element.GetAttribute("height") is "0" or "1";

    private static bool IsPre(IElement element) => element.LocalName is "pre" or "plaintext" or "xmp" or "listing";

    private sealed record Frame(INode Node, bool IsExit, HtmlMarker? Marker);

    private sealed class ListState(bool ordered)
    {
        public bool Ordered { get; } = ordered;

        public int Count { get; set; }
    }
}

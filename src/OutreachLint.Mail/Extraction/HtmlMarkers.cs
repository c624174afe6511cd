using System.Text.RegularExpressions;
using OutreachLint.Core;

namespace OutreachLint.Mail.Extraction;

/// <summary>The markup conventions of the major mail clients, and the styles that hide text from a reader.</summary>
internal static class HtmlMarkers
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    /// <summary>Containers checked in order; the first match decides.</summary>
    public static IReadOnlyList<HtmlMarker> Containers { get; } =
    [
        new(SetAsideKind.Quote, "Gmail quoted thread (div.gmail_quote) and everything after", true, Class: "gmail_quote_container"),
        new(SetAsideKind.Quote, "Gmail quoted thread (div.gmail_quote) and everything after", true, Class: "gmail_quote"),
        new(SetAsideKind.Quote, "Outlook reply marker (#appendonsend) and everything after", true, Id: "appendonsend"),
        new(SetAsideKind.Quote, "Outlook reply header (#divRplyFwdMsg) and everything after", true, Id: "divRplyFwdMsg"),
        new(SetAsideKind.Quote, "Outlook quoted message (#mail-editor-reference-message-container) and everything after", true, Id: "mail-editor-reference-message-container"),
        new(SetAsideKind.Quote, "Outlook for Mac quoted message (#OLK_SRC_BODY_SECTION) and everything after", true, Id: "OLK_SRC_BODY_SECTION"),
        new(SetAsideKind.Quote, "Outlook header (div.OutlookMessageHeader) and everything after", true, Class: "OutlookMessageHeader"),
        new(SetAsideKind.Quote, "Thunderbird reply attribution (div.moz-cite-prefix) and everything after", true, Class: "moz-cite-prefix"),
        new(SetAsideKind.Quote, "Yahoo quoted thread (div.yahoo_quoted) and everything after", true, Class: "yahoo_quoted"),
        new(SetAsideKind.Quote, "cited block (blockquote type=cite)", false, Tag: "blockquote", Attribute: "type", Value: "cite"),
        new(SetAsideKind.Quote, "quoted block (blockquote)", false, Tag: "blockquote"),
        new(SetAsideKind.Signature, "Gmail signature (div.gmail_signature)", false, Class: "gmail_signature"),
        new(SetAsideKind.Signature, "Gmail signature (div.gmail_signature)", false, Attribute: "data-smartmail", Value: "gmail_signature"),
        new(SetAsideKind.Signature, "Outlook signature (#Signature)", false, Id: "Signature"),
        new(SetAsideKind.Signature, "Thunderbird signature (.moz-signature)", false, Class: "moz-signature"),
        new(SetAsideKind.DeviceFooter, "Outlook mobile signature (#ms-outlook-mobile-signature)", false, Id: "ms-outlook-mobile-signature"),
    ];

    /// <summary>Elements whose content a reader never sees as text.</summary>
    public static IReadOnlySet<string> SkippedTags { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "head", "title", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "canvas", "audio", "video", "meta", "link", "select", "textarea", "input", "button", "map", "frameset", "xml",
    };

    /// <summary>Inline styles that hide an element outright.</summary>
    public static Regex HiddenStyle { get; } = new(
        @"(^|[;\s""'])(display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all|opacity\s*:\s*0(\.0+)?\s*(;|!|$)|font-size\s*:\s*(0|0?\.\d+|1)(px|pt|em|rem|%)?\s*(;|!|$))",
        Options,
        Timeout);

    /// <summary>A zero height or width, which hides content only together with <see cref="OverflowHidden"/>.</summary>
    public static Regex ZeroBox { get; } = new(@"(^|[;\s""'])(max-)?(height|width)\s*:\s*0(px|pt)?\s*(;|!|$)", Options, Timeout);

    /// <summary>A paragraph margin of zero, which makes a paragraph render as a plain line.</summary>
    public static Regex ZeroMargin { get; } = new(@"(^|[;\s""'])margin(-bottom)?\s*:\s*0(in|px|pt|cm|em)?(\s|;|!|$)", Options, Timeout);

    /// <summary>Clipping that makes a zero-sized box invisible.</summary>
    public static Regex OverflowHidden { get; } = new(@"overflow\s*:\s*hidden", Options, Timeout);
}

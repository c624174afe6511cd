using OutreachLint.Core;

namespace OutreachLint.Reporting.Tests;

/// <summary>
/// Lint results built by hand from Core types, so the writers are tested without a model. Spans are marked inline:
/// <c>[|…|]</c> in the author text is the flagged sentence.
/// </summary>
internal static class SampleResults
{
    public const string PitchSource = "drafts/q3 pitch.eml";
    public const string ImapSource = "imaps://rep@mail.example.com/Sent;UID=42";

    public static readonly DateTimeOffset Date = new(2026, 11, 20, 9, 14, 0, TimeSpan.Zero);

    /// <summary>A flagged draft with three sentence findings (one without a suggestion) and one email-level finding.</summary>
    public static LintResult Pitch()
    {
        var (text, spans) = Marked(
            "Hi Dana,\n\n[|We'd like to partner with you on your Q3 rollout.|] [|Could you spare 15 minutes on Tuesday?|]\n\n"
            + "[|Our award-winning platform is the “industry leader” 🚀.|]\n\nBest,\nSam");
        var document = Document(PitchSource, text);
        var lines = new LineMap(text);
        var findings = new List<Finding>
        {
            Sentence(RuleCatalog.DisguisedSelling, Severity.Warning, 0.93f, text, spans[0], lines,
                "I'm writing to sell you Acme Rollout for your Q3 rollout, because it can cut your launch time."),
            Sentence(RuleCatalog.FavorAsk, Severity.Error, 0.97f, text, spans[1], lines,
                "If a faster Q3 rollout matters to you, 15 minutes on Tuesday is enough to show you how."),
            Sentence(RuleCatalog.SellerCentric, Severity.Info, 0.61f, text, spans[2], lines, null),
            Phrase(text, "industry leader", lines),
            EmailLevel(RuleCatalog.NoReaderOutcome, text, "Hi Dana,", "No sentence is about the reader's goal; add one that names it."),
        };
        return new LintResult(document, findings, 38);
    }

    /// <summary>A clean message read over IMAP: no findings at all.</summary>
    public static LintResult Clean() =>
        new(Document(ImapSource, "Hi Dana,\n\nThe signed order form is attached; the invoice follows on Friday.\n\nBest,\nSam"), [], 100);

    /// <summary>A message with only an email-level finding: reported, but not flagged.</summary>
    public static LintResult LongOnly()
    {
        var text = string.Join(' ', Enumerable.Repeat("The renewal terms are unchanged from last year.", 20));
        return new LintResult(Document("drafts/long.txt", text),
            [EmailLevel(RuleCatalog.TooLong, text, "The renewal terms are unchanged from last year.", "The email has 160 words; first-touch emails do best under 125.")], 85);
    }

    /// <summary>A message that could not be read.</summary>
    public static LintResult Unreadable() =>
        new(new EmailDocument { Source = "drafts/missing.eml", Error = "drafts/missing.eml: no such file" }, [], 0);

    public static IReadOnlyList<LintResult> Mixed() => [Pitch(), Clean(), LongOnly(), Unreadable()];

    public static EmailDocument Document(string source, string text) => new()
    {
        Source = source,
        Subject = "Q3 rollout",
        From = "Sam Seller <sam@vendor.example>",
        FromAddress = "sam@vendor.example",
        Date = Date,
        AuthorText = text,
    };

    /// <summary>Removes <c>[|</c> and <c>|]</c> markers and returns the spans they enclosed.</summary>
    public static (string Text, IReadOnlyList<TextSpan> Spans) Marked(string marked)
    {
        var spans = new List<TextSpan>();
        var text = new System.Text.StringBuilder();
        var start = -1;
        for (var i = 0; i < marked.Length; i++)
        {
            if (marked.AsSpan(i).StartsWith("[|"))
            {
                start = text.Length;
                i++;
            }
            else if (marked.AsSpan(i).StartsWith("|]"))
            {
                spans.Add(new TextSpan(start, text.Length - start));
                i++;
            }
            else
            {
                text.Append(marked[i]);
            }
        }

        return (text.ToString(), spans);
    }

    private static Finding Sentence(RuleDescriptor rule, Severity severity, float confidence, string text, TextSpan span, LineMap lines, string? suggestion) => new()
    {
        Rule = rule,
        Severity = severity,
        Confidence = confidence,
        Span = span,
        Position = lines.PositionOf(span.Start),
        Text = text.Substring(span.Start, span.Length),
        Message = $"{rule.Title}; say plainly what the reader gets.",
        Suggestion = suggestion is null ? null : new Suggestion(suggestion, "template"),
    };

    private static Finding Phrase(string text, string phrase, LineMap lines)
    {
        var at = text.IndexOf(phrase, StringComparison.Ordinal);
        return new Finding
        {
            Rule = RuleCatalog.CustomPhrase, Severity = Severity.Warning, Confidence = 1f,
            Span = new TextSpan(at, phrase.Length), Position = lines.PositionOf(at), Text = phrase,
            Message = $"\"{phrase}\" is on your team's list of phrases to avoid.",
        };
    }

    // As the engine reports them: the whole author text as span, its first sentence as text.
    private static Finding EmailLevel(RuleDescriptor rule, string text, string firstSentence, string message) => new()
    {
        Rule = rule,
        Severity = Severity.Info,
        Confidence = 1f,
        Span = new TextSpan(0, text.Length),
        Position = new TextPosition(1, 1),
        Text = firstSentence,
        Message = message,
    };
}

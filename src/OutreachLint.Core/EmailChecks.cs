namespace OutreachLint.Core;

/// <summary>
/// Email-level rules (OL100 up): patterns no single sentence shows, such as a pitch that never names its offer.
/// They lower the score and are reported, but never flag a message by themselves.
/// </summary>
public sealed class EmailChecks
{
    /// <summary>Words over which a first touch loses replies (Lavender: 25–50 words do best).</summary>
    public const int MaxFirstTouchWords = 125;

    /// <summary>Flesch–Kincaid grade above which reply rates fall (Boomerang, 40M emails).</summary>
    public const double MaxGrade = 8.0;

    /// <summary>Runs every email-level check on one document, given its sentences and sentence findings.</summary>
    public IReadOnlyList<Finding> Run(EmailDocument document, IReadOnlyList<Sentence> sentences, IReadOnlyList<Finding> sentenceFindings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(sentenceFindings);
        if (sentences.Count == 0)
        {
            return [];
        }

        var findings = new List<Finding>();
        var whole = new TextSpan(0, document.AuthorText.Length);
        var isOutreach = sentenceFindings.Count > 0;
        bool Any(Func<string, bool> test) => sentences.Any(s => test(s.Text));
        void Add(RuleDescriptor rule, string message) => findings.Add(new Finding
        {
            Rule = rule, Severity = rule.DefaultSeverity, Confidence = 1f, Span = whole,
            Position = new TextPosition(1, 1), Text = sentences[0].Text, Message = message,
        });

        if (sentenceFindings.Any(f => f.Rule == RuleCatalog.DisguisedSelling) && !Any(EmailCheckPatterns.PlainOffer().IsMatch))
        {
            Add(RuleCatalog.HiddenIntent, "No sentence says what you are offering; name the product and what it does for the reader.");
        }

        if (isOutreach && !Any(EmailCheckPatterns.ReaderOutcome().IsMatch))
        {
            Add(RuleCatalog.NoReaderOutcome, "No sentence is about the reader's goal; add one that names it.");
        }

        if (sentenceFindings.Any(f => f.Rule == RuleCatalog.FavorAsk) && !Any(EmailCheckPatterns.ReaderBenefit().IsMatch))
        {
            Add(RuleCatalog.AskWithoutBenefit, "You ask for something but never say what the reader gets in return.");
        }

        var stats = TextStatistics.Measure(document.AuthorText, sentences.Count);
        if (isOutreach && stats.SelfPronouns >= 6 && stats.SelfPronouns > 2 * stats.ReaderPronouns)
        {
            Add(RuleCatalog.SellerFocus, $"\"I/we/our\" appear {stats.SelfPronouns} times and \"you/your\" {stats.ReaderPronouns}; turn the email toward the reader.");
        }

        if (!document.IsReply && stats.Words > MaxFirstTouchWords)
        {
            Add(RuleCatalog.TooLong, $"{stats.Words} words; first-touch emails of 25–50 words get the most replies.");
        }

        if (stats.Words >= 30 && stats.Grade > MaxGrade)
        {
            Add(RuleCatalog.ReadingLevel, $"Reading grade {stats.Grade:0.0}; grade 3–5 gets the most replies. Use shorter sentences and words.");
        }

        return findings;
    }
}

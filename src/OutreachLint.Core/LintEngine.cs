namespace OutreachLint.Core;

/// <summary>
/// Judges emails: segments the author text, classifies every sentence in one batch, applies email context and
/// configuration, asks the rewriter for suggestions and runs the email-level checks. Returns findings; prints nothing.
/// </summary>
public sealed class LintEngine
{
    private const int ParallelDocuments = 32;
    private readonly ISentenceClassifier _classifier;
    private readonly IRewriter? _rewriter;
    private readonly LintOptions _options;
    private readonly SentenceSegmenter _segmenter = new();
    private readonly EmailChecks _emailChecks = new();

    /// <summary>Creates an engine; <paramref name="rewriter"/> may be null when no suggestions are wanted.</summary>
    public LintEngine(ISentenceClassifier classifier, IRewriter? rewriter, LintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        _classifier = classifier;
        _rewriter = rewriter;
        _options = options ?? new LintOptions();
    }

    /// <summary>Lints one message.</summary>
    public LintResult Lint(EmailDocument document) => LintBatch([document])[0];

    /// <summary>
    /// Lints one message with suggestions even when <see cref="LintOptions.Suggestions"/> is off: for the few messages a
    /// caller shows after judging many without them. The verdict is the same; only the suggestions are added.
    /// </summary>
    public LintResult LintWithSuggestions(EmailDocument document) => LintBatch([document], suggest: true)[0];

    /// <summary>
    /// Lints many messages, classifying all their sentences in one batch; results keep the input order. A large batch
    /// judges its emails on every core: suggestions and their re-checks cost more than the classification itself.
    /// </summary>
    public IReadOnlyList<LintResult> LintBatch(IReadOnlyList<EmailDocument> documents) => LintBatch(documents, _options.Suggestions);

    private LintResult[] LintBatch(IReadOnlyList<EmailDocument> documents, bool suggest)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var split = documents.Select(d => d.Error is null ? _segmenter.Split(d.AuthorText) : []).ToArray();
        SentencePrediction[] predictions = [.. _classifier.Classify(split.SelectMany(s => s.Select(x => x.Text)).ToArray())];
        var starts = new int[documents.Count];
        for (var i = 1; i < documents.Count; i++)
        {
            starts[i] = starts[i - 1] + split[i - 1].Count;
        }

        var results = new LintResult[documents.Count];
        void One(int i) => results[i] = LintOne(documents[i], split[i], new ArraySegment<SentencePrediction>(predictions, starts[i], split[i].Count), suggest);
        if (documents.Count >= ParallelDocuments)
        {
            Parallel.For(0, documents.Count, One);
        }
        else
        {
            for (var i = 0; i < documents.Count; i++)
            {
                One(i);
            }
        }

        return results;
    }

    private LintResult LintOne(EmailDocument document, IReadOnlyList<Sentence> sentences, IReadOnlyList<SentencePrediction> predictions, bool suggest)
    {
        if (document.Error is not null)
        {
            return new LintResult(document, [], 0);
        }

        var lines = new LineMap(document.AuthorText);
        var candidates = new List<(Sentence Sentence, SentencePrediction Prediction)>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var prediction = predictions[i];
            if (prediction.Label != Labels.Ok && prediction.Confidence >= _options.MinimumConfidence && !IsAccepted(sentences[i].Text))
            {
                candidates.Add((sentences[i], prediction));
            }
        }

        var findings = new List<Finding>();
        foreach (var (sentence, prediction) in InContext(document, candidates))
        {
            var rule = RuleCatalog.ForLabel(prediction.Label);
            if (SentenceSeverity(rule, prediction.Confidence) is not { } severity)
            {
                continue;
            }

            var finding = new Finding
            {
                Rule = rule, Severity = severity, Confidence = prediction.Confidence, Span = sentence.Span,
                Position = lines.PositionOf(sentence.Span.Start), Text = sentence.Text, Message = FindingMessages.For(rule),
            };
            findings.Add(finding);
        }

        if (suggest)
        {
            findings = WithSuggestions(findings, document);
        }

        findings.AddRange(RejectedPhrases(document, lines));
        if (_options.EmailChecks)
        {
            findings.AddRange(_emailChecks.Run(document, sentences, findings.Where(f => f.Rule.IsSentenceRule).ToList())
                .Select(f => (Finding: f, Severity: SeverityOf(f.Rule)))
                .Where(x => x.Severity is not null)
                .Select(x => x.Finding with { Severity = x.Severity!.Value }));
        }

        var ordered = findings.OrderBy(f => f.Rule.IsSentenceRule ? 0 : 1).ThenBy(f => f.Span.Start).ToList();
        return new LintResult(document, ordered, EmailScorer.Score(ordered));
    }

    /// <summary>
    /// Keeps the candidates the email's context supports. A weak signal counts only beside a strong one; internal mail
    /// has no favour-asks or seller talk (colleagues may ask and say "we"); mail of unknown context needs corroboration:
    /// enough strong findings, or one near-certain finding with as many weaker ones beside it.
    /// </summary>
    private IEnumerable<(Sentence Sentence, SentencePrediction Prediction)> InContext(
        EmailDocument document, List<(Sentence Sentence, SentencePrediction Prediction)> candidates)
    {
        var context = _options.AssumeOutreach ? MailContext.External : MailContextClassifier.Of(document, _options.CompanyDomains);
        if (context == MailContext.Internal)
        {
            candidates = candidates.Where(c => c.Prediction.Label == Labels.DisguisedSelling).ToList();
        }

        var strong = candidates.Count(c => c.Prediction.Confidence >= _options.StandaloneConfidence);
        if (context == MailContext.External)
        {
            return strong >= 1 ? candidates : [];
        }

        var needed = _options.UnknownContextCorroboration;
        var nearCertain = candidates.Any(c => c.Prediction.Confidence >= _options.ErrorConfidence);
        return strong >= needed || (nearCertain && candidates.Count > needed) ? candidates : [];
    }

    private List<Finding> WithSuggestions(List<Finding> findings, EmailDocument document)
    {
        if (_rewriter is null || findings.Count == 0)
        {
            return findings;
        }

        var suggestions = _rewriter.SuggestAll(findings, document);
        if (suggestions.Count != findings.Count)
        {
            throw new InvalidOperationException($"the rewriter returned {suggestions.Count} suggestions for {findings.Count} findings");
        }

        return [.. findings.Select((f, i) => f with { Suggestion = suggestions[i] })];
    }

    private IEnumerable<Finding> RejectedPhrases(EmailDocument document, LineMap lines)
    {
        if (SeverityOf(RuleCatalog.CustomPhrase) is not { } severity)
        {
            yield break;
        }

        foreach (var phrase in _options.RejectPhrases)
        {
            var at = document.AuthorText.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                yield return new Finding
                {
                    Rule = RuleCatalog.CustomPhrase, Severity = severity, Confidence = 1f,
                    Span = new TextSpan(at, phrase.Length), Position = lines.PositionOf(at),
                    Text = document.AuthorText.Substring(at, phrase.Length),
                    Message = $"\"{phrase}\" is on your team's list of phrases to avoid.",
                };
            }
        }
    }

    private bool IsAccepted(string sentence) =>
        _options.AcceptPhrases.Any(p => sentence.Contains(p, StringComparison.OrdinalIgnoreCase));

    // Confidences are calibrated, so the thresholds mean what they say: 0.9 is right about nine times in ten.
    private Severity? SentenceSeverity(RuleDescriptor rule, float confidence) =>
        SeverityOf(rule, confidence >= _options.ErrorConfidence ? Severity.Error
            : confidence >= _options.StandaloneConfidence ? Severity.Warning
            : Severity.Info);

    private Severity? SeverityOf(RuleDescriptor rule) => SeverityOf(rule, rule.DefaultSeverity);

    // A severity configured by rule id or name wins (null turns the rule off); otherwise the given one.
    private Severity? SeverityOf(RuleDescriptor rule, Severity unconfigured)
    {
        if (_options.RuleSeverities.TryGetValue(rule.Id, out var byId))
        {
            return byId;
        }

        return _options.RuleSeverities.TryGetValue(rule.Name, out var byName) ? byName : unconfigured;
    }
}

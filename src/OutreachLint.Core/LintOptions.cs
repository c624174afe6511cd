namespace OutreachLint.Core;

/// <summary>What a team can tune about the engine; every default is the shipped behaviour.</summary>
public sealed record LintOptions
{
    /// <summary>Sentence findings below this calibrated confidence are dropped.</summary>
    public float MinimumConfidence { get; init; } = 0.5f;

    /// <summary>
    /// Findings below this confidence are kept only when the same email shows other selling evidence: one weak signal
    /// in an ordinary email is far more often a false alarm than a pitch.
    /// </summary>
    public float StandaloneConfidence { get; init; } = 0.7f;

    /// <summary>
    /// Sentence findings at or above this calibrated confidence are errors (a team may block a send on them); those
    /// at or above <see cref="StandaloneConfidence"/> are warnings, weaker corroborated ones information. A severity
    /// configured for the rule overrides all three.
    /// </summary>
    public float ErrorConfidence { get; init; } = 0.9f;

    /// <summary>Per-rule severity overrides by rule id or name; <c>null</c> turns a rule off.</summary>
    public IReadOnlyDictionary<string, Severity?> RuleSeverities { get; init; } = new Dictionary<string, Severity?>();

    /// <summary>Phrases that make a sentence acceptable, such as the company's real partner programme's name.</summary>
    public IReadOnlyList<string> AcceptPhrases { get; init; } = [];

    /// <summary>Extra phrases that are always reported (rule OL110, custom-phrase).</summary>
    public IReadOnlyList<string> RejectPhrases { get; init; } = [];

    /// <summary>
    /// Strong findings an email of unknown context (no envelope: plain text, stripped exports) needs before any is
    /// reported. "Give me a call" is a favour-ask from a stranger and a courtesy from a colleague; without an envelope
    /// to tell which, one sentence is not enough evidence, two usually are. One near-certain finding
    /// (<see cref="ErrorConfidence"/>) counts when this many weaker ones stand beside it.
    /// </summary>
    public int UnknownContextCorroboration { get; init; } = 2;

    /// <summary>Treat every message as prospecting mail, whatever its envelope says (a rep checking a plain-text draft).</summary>
    public bool AssumeOutreach { get; init; }

    /// <summary>The company's own domains, so mail between them counts as internal.</summary>
    public IReadOnlyList<string> CompanyDomains { get; init; } = [];

    /// <summary>Email-level checks (OL100 up) run only when true.</summary>
    public bool EmailChecks { get; init; } = true;

    /// <summary>
    /// When false, findings come without suggestions: a caller that shows only a few of many findings (the audit's
    /// examples) asks <see cref="LintEngine.LintWithSuggestions"/> for those alone. Suggestions cost more than the judging.
    /// </summary>
    public bool Suggestions { get; init; } = true;
}

namespace OutreachLint.Core;

/// <summary>One occurrence of a rule at one place in an author text.</summary>
public sealed record Finding
{
    /// <summary>The rule that fired.</summary>
    public required RuleDescriptor Rule { get; init; }

    /// <summary>Severity after confidence and configuration.</summary>
    public required Severity Severity { get; init; }

    /// <summary>Calibrated confidence, 0–1; 1 for deterministic email-level rules.</summary>
    public required float Confidence { get; init; }

    /// <summary>Where the finding stands in the author text.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>One-based line and column of <see cref="Span"/>'s start.</summary>
    public required TextPosition Position { get; init; }

    /// <summary>The flagged text exactly as it stands in the author text.</summary>
    public required string Text { get; init; }

    /// <summary>What is wrong, for this occurrence.</summary>
    public required string Message { get; init; }

    /// <summary>A better sentence, when one could be made.</summary>
    public Suggestion? Suggestion { get; init; }
}

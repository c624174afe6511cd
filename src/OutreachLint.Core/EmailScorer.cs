namespace OutreachLint.Core;

/// <summary>A 0–100 score per email: 100 is a clean, reader-centred email; each finding costs points.</summary>
public static class EmailScorer
{
    private const int SentencePenalty = 20;
    private const int EmailLevelPenalty = 5;

    /// <summary>Scores a message from its findings; sentence findings weigh by confidence.</summary>
    public static int Score(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var penalty = findings.Sum(f => f.Rule.IsSentenceRule ? SentencePenalty * (0.5 + (f.Confidence / 2)) : EmailLevelPenalty);
        return (int)Math.Clamp(Math.Round(100 - penalty), 0, 100);
    }
}

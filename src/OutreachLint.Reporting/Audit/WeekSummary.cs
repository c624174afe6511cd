namespace OutreachLint.Reporting.Audit;

/// <summary>The team's prospecting figures for one ISO week.</summary>
/// <param name="Week">The ISO week, e.g. <c>2026-W07</c>.</param>
/// <param name="Messages">Prospecting messages that week.</param>
/// <param name="Flagged">Of those, flagged.</param>
public sealed record WeekSummary(string Week, int Messages, int Flagged)
{
    /// <summary>Flagged messages as a share of messages, 0–1.</summary>
    public double FlaggedShare => Messages == 0 ? 0 : (double)Flagged / Messages;
}

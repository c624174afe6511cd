using OutreachLint.Core;

namespace OutreachLint.Reporting;

/// <summary>The counts every output ends with; "flagged" means at least one OL001–OL003 finding.</summary>
public sealed record ReportSummary(int Messages, int Flagged, int Findings, int Errors)
{
    /// <summary>Counts <paramref name="results"/>.</summary>
    public static ReportSummary Of(IReadOnlyList<LintResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new ReportSummary(
            results.Count,
            results.Count(r => r.IsFlagged),
            results.Sum(r => r.Findings.Count),
            results.Count(r => r.Document.Error is not null));
    }
}

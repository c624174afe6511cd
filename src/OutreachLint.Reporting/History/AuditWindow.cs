namespace OutreachLint.Reporting.History;

/// <summary>The period an audit covers: messages dated on or after <see cref="Since"/> and before <see cref="Before"/>.</summary>
/// <param name="Since">The first instant, or null for "from the beginning".</param>
/// <param name="Before">The first instant after the window, or null for "up to now".</param>
public sealed record AuditWindow(DateTimeOffset? Since, DateTimeOffset? Before)
{
    /// <summary>Everything.</summary>
    public static AuditWindow All { get; } = new(null, null);

    /// <summary>The first day to ask a server for (IMAP searches by day), rounding down.</summary>
    public DateOnly? SinceDay => Since is { } s ? DateOnly.FromDateTime(s.UtcDateTime) : null;

    /// <summary>The day before which a server is asked for mail (IMAP searches by day), rounding up.</summary>
    public DateOnly? BeforeDay => Before is { } b
        ? DateOnly.FromDateTime(b.UtcDateTime).AddDays(b.UtcDateTime.TimeOfDay == TimeSpan.Zero ? 0 : 1)
        : null;

    /// <summary>True when <paramref name="date"/> is inside; undated mail belongs only to an unbounded window.</summary>
    public bool Contains(DateTimeOffset? date)
    {
        if (date is not { } d)
        {
            return Since is null && Before is null;
        }

        return (Since is null || d >= Since) && (Before is null || d < Before);
    }

    /// <summary>A short label such as <c>2026-02-02 .. 2026-02-09</c>.</summary>
    public override string ToString() =>
        $"{Since?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "beginning"} .. " +
        $"{Before?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "now"}";
}

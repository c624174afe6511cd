using OutreachLint.Reporting.History;

namespace OutreachLint.Cli.Audit;

/// <summary>Turns <c>--since DATE|Nd|last</c> and <c>--before DATE</c> into the audit window.</summary>
internal static class AuditWindowParser
{
    /// <summary>
    /// The window; <c>last</c> starts where the previous completed audit of every input started (the earliest of them),
    /// or covers everything when an input was never audited to the end.
    /// </summary>
    /// <exception cref="UsageException">A date is malformed, or the window is empty.</exception>
    public static (AuditWindow Window, string? Note) Parse(string? since, string? before, IReadOnlyList<string> inputKeys, AuditHistory history)
    {
        DateTimeOffset? start = null;
        string? note = null;
        if (string.Equals(since, "last", StringComparison.OrdinalIgnoreCase))
        {
            var previous = inputKeys.Select(history.LastCompletedStart).ToList();
            if (previous.Any(p => p is null))
            {
                note = "no completed audit of every input yet: --since last covers all mail";
            }
            else
            {
                start = previous.Min();
            }
        }
        else
        {
            start = ToInstant(InputOptions.ParseDate(since, "--since"));
        }

        var end = ToInstant(InputOptions.ParseDate(before, "--before"));
        if (start is not null && end is not null && end <= start)
        {
            throw new UsageException($"--before {before} is not after --since {since}: the window is empty");
        }

        return (new AuditWindow(start, end), note);
    }

    private static DateTimeOffset? ToInstant(DateOnly? day) =>
        day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
}

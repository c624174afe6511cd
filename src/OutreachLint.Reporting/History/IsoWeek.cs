using System.Globalization;

namespace OutreachLint.Reporting.History;

/// <summary>ISO 8601 week labels, the unit of the audit's trend.</summary>
public static class IsoWeek
{
    /// <summary>The ISO week of <paramref name="date"/> as the sender's clock saw it, e.g. <c>2026-W07</c>.</summary>
    public static string Of(DateTimeOffset date)
    {
        var local = date.DateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local):00}");
    }
}

using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace OutreachLint.Reporting.Audit;

/// <summary>Inline SVG charts for the HTML report: no script, no external asset, every label HTML-encoded.</summary>
public static class SvgCharts
{
    private const int Width = 640;
    private const int LabelWidth = 230;
    private const int RowHeight = 24;

    /// <summary>Horizontal bars, one per row, each value scaled against <paramref name="max"/> and followed by its caption.</summary>
    public static string Bars(string title, IReadOnlyList<(string Label, double Value, string Caption)> rows, double max, string cssClass)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var height = Math.Max(rows.Count, 1) * RowHeight + 8;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart {cssClass}\" role=\"img\" aria-label=\"{HtmlEncode(title)}\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{HtmlEncode(title)}</title>");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, value, caption) = rows[i];
            var y = 4 + i * RowHeight;
            var barWidth = max <= 0 ? 0 : (Width - LabelWidth - 70) * Math.Clamp(value / max, 0, 1);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\">{HtmlEncode(Shorten(label, 34))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{barWidth:0.#}\" height=\"{RowHeight - 8}\" rx=\"3\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + barWidth + 6:0.#}\" y=\"{y + 16}\">{HtmlEncode(caption)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A line of the flagged share per week, 0–100% on the y axis.</summary>
    public static string Trend(string title, IReadOnlyList<WeekSummary> weeks)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        const int height = 220, left = 44, right = 16, top = 14, bottom = 40;
        var plotWidth = Width - left - right;
        var plotHeight = height - top - bottom;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart trend\" role=\"img\" aria-label=\"{HtmlEncode(title)}\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{HtmlEncode(title)}</title>");
        foreach (var tick in new[] { 0, 25, 50, 75, 100 })
        {
            var y = top + plotHeight * (1 - tick / 100.0);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{left}\" x2=\"{Width - right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{tick}%</text>");
        }

        var points = weeks.Select((w, i) => (
            X: left + (weeks.Count == 1 ? plotWidth / 2.0 : plotWidth * i / (double)(weeks.Count - 1)),
            Y: top + plotHeight * (1 - w.FlaggedShare),
            Week: w)).ToList();
        if (points.Count > 1)
        {
            svg.Append("<polyline class=\"line\" fill=\"none\" points=\"")
               .AppendJoin(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")))
               .Append("\"/>");
        }

        var every = Math.Max(1, (int)Math.Ceiling(points.Count / 10.0));
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"dot\" cx=\"{p.X:0.#}\" cy=\"{p.Y:0.#}\" r=\"4\"><title>{HtmlEncode($"{p.Week.Week}: {p.Week.Flagged} of {p.Week.Messages} flagged")}</title></circle>");
            if (i % every == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{p.X:0.#}\" y=\"{height - bottom + 18}\" text-anchor=\"{Anchor(i, points.Count)}\">{HtmlEncode(p.Week.Week)}</text>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    // The first and last week labels hug the plot's edges so they are never clipped.
    private static string Anchor(int index, int count) =>
        count == 1 ? "middle" : index == 0 ? "start" : index == count - 1 ? "end" : "middle";

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

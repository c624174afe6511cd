using OutreachLint.Core;

namespace OutreachLint.Mail.Extraction;

/// <summary>
/// Decides, line by line, what of a body is the author's: first the thread structure (quotes, forwards),
/// then, inside each run of the author's lines, the trailing furniture (footers, disclaimers, signatures).
/// </summary>
internal static class BodySegmenter
{
    /// <summary>Splits <paramref name="lines"/> into author text and set-aside parts.</summary>
    public static SegmentedBody Segment(IReadOnlyList<BodyLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var marks = new LineMark?[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind is { } kind)
            {
                marks[i] = new LineMark(kind, lines[i].Reason ?? "marked by the message's markup");
            }
        }

        ThreadMarker.MarkThread(lines, marks);
        ThreadMarker.RelabelForwardedQuotes(lines, marks);
        foreach (var (start, end) in OwnRuns(lines, marks))
        {
            FurnitureMarker.MarkFurniture(lines, marks, start, end);
        }

        var author = TextNormalizer.Join(Enumerable.Range(0, lines.Count).Where(i => marks[i] is null).Select(i => lines[i].Text));
        return new SegmentedBody(author, BuildParts(lines, marks));
    }

    /// <summary>The first pattern that matches <paramref name="text"/>, or null.</summary>
    /// <remarks>A plain loop: every line of every message comes through here several times.</remarks>
    public static LinePattern? Match(IReadOnlyList<LinePattern> patterns, string text)
    {
        for (var i = 0; i < patterns.Count; i++)
        {
            if (patterns[i].Regex.IsMatch(text))
            {
                return patterns[i];
            }
        }

        return null;
    }

    private static IEnumerable<(int Start, int End)> OwnRuns(IReadOnlyList<BodyLine> lines, LineMark?[] marks)
    {
        var start = -1;
        for (var i = 0; i <= lines.Count; i++)
        {
            var own = i < lines.Count && marks[i] is null;
            if (own && start < 0)
            {
                start = i;
            }
            else if (!own && start >= 0)
            {
                yield return (start, i);
                start = -1;
            }
        }
    }

    private static List<SetAsidePart> BuildParts(IReadOnlyList<BodyLine> lines, LineMark?[] marks)
    {
        var parts = new List<SetAsidePart>();
        var i = 0;
        while (i < lines.Count)
        {
            if (marks[i] is not { } mark)
            {
                i++;
                continue;
            }

            // A part spans lines of one kind, bridging blank author lines between them.
            var texts = new List<string>();
            var reasons = new List<string>();
            var last = i - 1;
            for (var j = i; j < lines.Count; j++)
            {
                if (marks[j] is { } m && m.Kind == mark.Kind)
                {
                    texts.AddRange(Enumerable.Range(last + 1, j - last - 1).Select(_ => ""));
                    texts.Add(lines[j].Text);
                    if (!reasons.Contains(m.Reason))
                    {
                        reasons.Add(m.Reason);
                    }

                    last = j;
                    continue;
                }

                if (marks[j] is not null || !lines[j].IsBlank)
                {
                    break;
                }
            }

            var text = TextNormalizer.Join(texts);
            if (text.Length > 0)
            {
                parts.Add(new SetAsidePart(mark.Kind, text, string.Join("; ", reasons)));
            }

            i = last + 1;
        }

        return parts;
    }
}

using OutreachLint.Core;

namespace OutreachLint.Mail.Extraction;

/// <summary>Marks the earlier messages of a thread: quoted replies and forwards, with everything after them.</summary>
internal static class ThreadMarker
{
    private const int HeaderBlockWindow = 6;

    /// <summary>Marks quotes and forwards; an attribution followed by quoted lines keeps the answers between them.</summary>
    public static void MarkThread(IReadOnlyList<BodyLine> lines, LineMark?[] marks)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (marks[i] is not null || lines[i].IsBlank)
            {
                continue;
            }

            var text = LinePattern.Bound(lines[i].Text);
            if (BodySegmenter.Match(ExtractionPatterns.Forwards, text) is { } forward)
            {
                MarkRest(marks, i, new LineMark(SetAsideKind.Forward, forward.Reason));
                return;
            }

            if (BodySegmenter.Match(ExtractionPatterns.OriginalMessage, text) is { } original)
            {
                MarkRest(marks, WithSeparator(lines, marks, i), new LineMark(SetAsideKind.Quote, original.Reason));
                return;
            }

            if (HeaderBlockAt(lines, i) is { } header)
            {
                MarkRest(marks, WithSeparator(lines, marks, i), header);
                return;
            }

            if (AttributionAt(lines, marks, i) is var (end, reason))
            {
                if (!QuoteFollows(lines, marks, end + 1))
                {
                    MarkRest(marks, i, new LineMark(SetAsideKind.Quote, reason + " and everything after"));
                    return;
                }

                // Inline replies answer between quoted lines; only the attribution goes, the answers stay.
                for (var j = i; j <= end; j++)
                {
                    marks[j] = new LineMark(SetAsideKind.Quote, reason);
                }

                i = end;
                continue;
            }

            if (text.StartsWith('>'))
            {
                marks[i] = new LineMark(SetAsideKind.Quote, "\">\" quoted lines");
            }
        }
    }

    private static void MarkRest(LineMark?[] marks, int start, LineMark mark)
    {
        for (var j = start; j < marks.Length; j++)
        {
            marks[j] = mark;
        }
    }

    /// <summary>Outlook draws a rule of underscores right above its header block; it belongs to the quote.</summary>
    private static int WithSeparator(IReadOnlyList<BodyLine> lines, LineMark?[] marks, int index)
    {
        var j = index - 1;
        while (j >= 0 && marks[j] is null && lines[j].IsBlank)
        {
            j--;
        }

        var isRule = j >= 0 && marks[j] is null && ExtractionPatterns.SeparatorLine.IsMatch(LinePattern.Bound(lines[j].Text));
        return isRule ? j : index;
    }

    private static LineMark? HeaderBlockAt(IReadOnlyList<BodyLine> lines, int index)
    {
        if (!ExtractionPatterns.HeaderFrom.IsMatch(LinePattern.Bound(lines[index].Text)))
        {
            return null;
        }

        var others = 0;
        var isForward = false;
        var seen = 0;
        for (var j = index + 1; j < lines.Count && seen < HeaderBlockWindow; j++)
        {
            if (lines[j].IsBlank)
            {
                continue;
            }

            seen++;
            var text = LinePattern.Bound(lines[j].Text);
            if (!ExtractionPatterns.HeaderOther.IsMatch(text))
            {
                // Header fields sit together; the first line after "From:" must already be one.
                if (others == 0)
                {
                    return null;
                }

                continue;
            }

            others++;
            isForward |= ExtractionPatterns.HeaderForwardSubject.IsMatch(text);
        }

        if (others < 2)
        {
            return null;
        }

        return isForward
            ? new LineMark(SetAsideKind.Forward, "forwarded message header block (From:/Sent:/To:/Subject: FW:) and everything after")
            : new LineMark(SetAsideKind.Quote, "reply header block (From:/Sent:/To:/Subject:) and everything after");
    }

    private static (int End, string Reason)? AttributionAt(IReadOnlyList<BodyLine> lines, LineMark?[] marks, int index)
    {
        var joined = LinePattern.Bound(lines[index].Text);
        if (BodySegmenter.Match(ExtractionPatterns.Attributions, joined) is { } single)
        {
            return (index, single.Reason);
        }

        if (!ExtractionPatterns.AttributionStart.IsMatch(joined))
        {
            return null;
        }

        // Plain-text clients wrap long attributions ("… <dana@\nexample.com> wrote:") over up to three lines.
        for (var j = index + 1; j < lines.Count && j <= index + 2; j++)
        {
            if (marks[j] is not null || lines[j].IsBlank)
            {
                return null;
            }

            joined = LinePattern.Bound(joined + " " + lines[j].Text.Trim());
            if (BodySegmenter.Match(ExtractionPatterns.Attributions, joined) is { } wrapped)
            {
                return (j, wrapped.Reason);
            }
        }

        return null;
    }

    private static bool QuoteFollows(IReadOnlyList<BodyLine> lines, LineMark?[] marks, int start)
    {
        for (var j = start; j < lines.Count; j++)
        {
            if (marks[j] is null && lines[j].IsBlank)
            {
                continue;
            }

            return marks[j] is { Kind: SetAsideKind.Quote } || lines[j].Text.TrimStart().StartsWith('>');
        }

        return false;
    }

    /// <summary>Gmail and Outlook wrap forwards in the same containers as quotes; the banner or subject tells them apart.</summary>
    public static void RelabelForwardedQuotes(IReadOnlyList<BodyLine> lines, LineMark?[] marks)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (marks[i] is not { Kind: SetAsideKind.Quote } mark || lines[i].Kind is null || (i > 0 && marks[i - 1] == mark))
            {
                continue;
            }

            var first = i;
            while (first < lines.Count && marks[first] == mark && lines[first].IsBlank)
            {
                first++;
            }

            if (first >= lines.Count || marks[first] != mark)
            {
                continue;
            }

            var relabelled = BodySegmenter.Match(ExtractionPatterns.Forwards, LinePattern.Bound(lines[first].Text)) is { } forward
                ? new LineMark(SetAsideKind.Forward, forward.Reason)
                : HeaderBlockAt(lines, first) is { Kind: SetAsideKind.Forward } header ? header : null;
            if (relabelled is not null)
            {
                for (var j = i; j < lines.Count && marks[j] == mark; j++)
                {
                    marks[j] = relabelled;
                }
            }
        }
    }
}

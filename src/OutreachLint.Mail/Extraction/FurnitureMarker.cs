using OutreachLint.Core;

namespace OutreachLint.Mail.Extraction;

/// <summary>Marks what clients and companies append to a run of the author's lines: footers, notices, signatures.</summary>
internal static class FurnitureMarker
{
    private const int MaxSignatureLines = 8;
    private const int MaxSignatureLineLength = 80;
    private const int MaxDisclaimerLines = 15;

    /// <summary>Marks device footers, then a notice, then a signature, within the run [start, end).</summary>
    public static void MarkFurniture(IReadOnlyList<BodyLine> lines, LineMark?[] marks, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!lines[i].IsBlank && BodySegmenter.Match(ExtractionPatterns.DeviceFooters, LinePattern.Bound(lines[i].Text)) is { } footer)
            {
                marks[i] = new LineMark(footer.Kind, footer.Reason);
            }
        }

        end = MarkDisclaimer(lines, marks, start, end);
        end = MarkDelimitedSignature(lines, marks, start, end);
        MarkSignOffSignature(lines, marks, start, end);
    }

    /// <summary>
    /// A notice runs to the end of the run when little follows it; a "disclaimer" with a long body after it
    /// (spam opens with one) loses only its own paragraph, so the author's text is never swallowed.
    /// </summary>
    private static int MarkDisclaimer(IReadOnlyList<BodyLine> lines, LineMark?[] marks, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (marks[i] is not null || lines[i].IsBlank)
            {
                continue;
            }

            var text = LinePattern.Bound(lines[i].Text);
            var pattern = BodySegmenter.Match(ExtractionPatterns.Disclaimers, text);
            if (pattern is null)
            {
                continue;
            }

            // A notice's trigger phrase can sit mid-paragraph; the notice starts where its paragraph does.
            var from = pattern.Regex.Match(text).Index == 0 ? i : ParagraphStart(lines, marks, start, i);
            var mark = new LineMark(SetAsideKind.Disclaimer, pattern.Reason);
            if (Enumerable.Range(from, end - from).Count(j => !lines[j].IsBlank) <= MaxDisclaimerLines)
            {
                MarkOwn(marks, from, end, mark);
                return from;
            }

            var paragraphEnd = i;
            while (paragraphEnd < end && !lines[paragraphEnd].IsBlank)
            {
                paragraphEnd++;
            }

            MarkOwn(marks, from, paragraphEnd, mark);
            i = paragraphEnd;
        }

        return end;
    }

    private static int ParagraphStart(IReadOnlyList<BodyLine> lines, LineMark?[] marks, int start, int index)
    {
        var j = index;
        while (j > start && marks[j - 1] is null && !lines[j - 1].IsBlank)
        {
            j--;
        }

        return j;
    }

    private static int MarkDelimitedSignature(IReadOnlyList<BodyLine> lines, LineMark?[] marks, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (marks[i] is null && ExtractionPatterns.SignatureDelimiter.IsMatch(lines[i].Text.Trim()))
            {
                MarkOwn(marks, i, end, new LineMark(SetAsideKind.Signature, "signature after the \"-- \" delimiter"));
                return i;
            }
        }

        return end;
    }

    /// <summary>
    /// A sign-off ("Best,") followed only by a few short, non-sentence lines up to the end of the run: those lines are
    /// the name/title block. Without a sign-off, a block that starts with a bare name ("Leah", "Olivia Grant") after
    /// the last sentence is one too: many people close with just their name. Anything sentence-like after the sign-off
    /// means it was not one.
    /// </summary>
    private static void MarkSignOffSignature(IReadOnlyList<BodyLine> lines, LineMark?[] marks, int start, int end)
    {
        var count = 0;
        var blockStart = -1;
        for (var j = end - 1; j >= start; j--)
        {
            if (marks[j] is not null || lines[j].IsBlank)
            {
                continue;
            }

            var text = LinePattern.Bound(lines[j].Text);
            if (ExtractionPatterns.SignOff.IsMatch(text))
            {
                if (count > 0)
                {
                    MarkOwn(marks, j + 1, end, new LineMark(SetAsideKind.Signature, "name and title block after the sign-off"));
                }

                return;
            }

            if (!IsSignatureLike(text))
            {
                break;
            }

            if (++count > MaxSignatureLines)
            {
                return;
            }

            blockStart = j;
        }

        if (blockStart > start && ExtractionPatterns.BareName.IsMatch(LinePattern.Bound(lines[blockStart].Text)))
        {
            MarkOwn(marks, blockStart, end, new LineMark(SetAsideKind.Signature, "name and title block after the last sentence"));
        }
    }

    private static bool IsSignatureLike(string text)
    {
        if (text.Length > MaxSignatureLineLength)
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var endsLikeSentence = text[^1] is '.' or '?' or '!';
        return words <= 12 && !(endsLikeSentence && words >= 5);
    }

    private static void MarkOwn(LineMark?[] marks, int from, int to, LineMark mark)
    {
        for (var j = from; j < to; j++)
        {
            marks[j] ??= mark;
        }
    }
}

namespace OutreachLint.Core;

/// <summary>Turns character offsets into one-based line and column, in O(log lines) per lookup.</summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;

    /// <summary>Indexes the line starts of <paramref name="text"/> (LF line endings).</summary>
    public LineMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    /// <summary>The position of <paramref name="offset"/>; columns count UTF-16 code units from 1.</summary>
    public TextPosition PositionOf(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return new TextPosition(line + 1, offset - _lineStarts[line] + 1);
    }
}

namespace OutreachLint.Core.Tests;

/// <summary>Reads test inputs with spans marked inline as <c>[|…|]</c>, the way Roslyn analyzer tests do.</summary>
internal static class SpanMarkup
{
    /// <summary>The text without markers, and the marked spans in order.</summary>
    public static (string Text, IReadOnlyList<TextSpan> Spans) Parse(string markup)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<TextSpan>();
        var open = -1;
        for (var i = 0; i < markup.Length; i++)
        {
            if (markup.AsSpan(i).StartsWith("[|"))
            {
                open = text.Length;
                i++;
            }
            else if (markup.AsSpan(i).StartsWith("|]"))
            {
                spans.Add(new TextSpan(open, text.Length - open));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        return (text.ToString(), spans);
    }
}

using System.Text;

namespace OutreachLint.Mail.Extraction;

/// <summary>Turns raw body text into clean lines and joins lines into the normalised form findings point into.</summary>
internal static class TextNormalizer
{
    /// <summary>Splits on CRLF, CR or LF and cleans each line.</summary>
    public static IEnumerable<string> SplitLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var unified = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        foreach (var line in unified.Split('\n'))
        {
            yield return CleanLine(line);
        }
    }

    /// <summary>
    /// Drops characters a reader never sees (zero-width spaces, soft hyphens, byte-order marks, control codes):
    /// spam hides in them, and they would split words the classifier must recognise.
    /// </summary>
    public static string CleanLine(string line)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (!IsInvisible(c))
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(line, 0, i, line.Length);
        }

        return (builder?.ToString() ?? line).TrimEnd();
    }

    /// <summary>
    /// Joins lines with LF after trimming trailing whitespace, keeping at most one blank line in a row
    /// and no blank lines at either end.
    /// </summary>
    public static string Join(IEnumerable<string> lines)
    {
        var builder = new StringBuilder();
        var pendingBlank = false;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                pendingBlank = builder.Length > 0;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(pendingBlank ? "\n\n" : "\n");
            }

            builder.Append(line);
            pendingBlank = false;
        }

        return builder.ToString();
    }

    private static bool IsInvisible(char c) => c switch
    {
        '\t' => false,
        '\u200B' or '\u200C' or '\u2060' or '\uFEFF' or '\u00AD' or '\u034F' or '\u180E' => true,
        _ => char.IsControl(c),
    };
}

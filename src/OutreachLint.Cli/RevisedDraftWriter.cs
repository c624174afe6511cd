using System.Text;
using OutreachLint.Core;

namespace OutreachLint.Cli;

/// <summary>
/// Writes, for each message with suggestions, a revised copy of its author text with every flagged sentence replaced.
/// Inputs are never touched; IMAP drafts become new files too.
/// </summary>
internal static class RevisedDraftWriter
{
    /// <summary>Writes one <c>.revised.txt</c> per message that has suggestions; returns the files written.</summary>
    public static IReadOnlyList<string> WriteAll(string directory, IReadOnlyList<LintResult> results)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in results.Where(r => r.Findings.Any(f => f.Suggestion is not null)))
        {
            var name = SafeName(result.Document.Source);
            var path = Path.Combine(directory, name + ".revised.txt");
            for (var n = 2; !used.Add(path); n++)
            {
                path = Path.Combine(directory, $"{name}-{n}.revised.txt");
            }

            File.WriteAllText(path, Revise(result));
            written.Add(path);
        }

        return written;
    }

    /// <summary>The author text with each suggested replacement applied, last span first so offsets stay valid.</summary>
    public static string Revise(LintResult result)
    {
        var text = new StringBuilder(result.Document.AuthorText);
        foreach (var f in result.Findings.Where(f => f.Suggestion is not null && f.Rule.IsSentenceRule).OrderByDescending(f => f.Span.Start))
        {
            text.Remove(f.Span.Start, f.Span.Length).Insert(f.Span.Start, f.Suggestion!.Replacement);
        }

        return text.ToString();
    }

    private static string SafeName(string source)
    {
        var name = source.Replace("://", "_").Replace(';', '_').Replace('=', '_');
        name = Path.GetFileName(name.TrimEnd('/')) is { Length: > 0 } file ? file : "stdin";
        return string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or '#' ? c : '_'));
    }
}

using System.Text;
using OutreachLint.Core;

namespace OutreachLint.Cli;

/// <summary>
/// Writes, for each message with suggestions, a revised copy with every flagged sentence replaced. A plain-text draft
/// is revised in full (greeting, signature and quotes kept as written); for a MIME message the revised author text is
/// followed by the parts that were set aside. Inputs are never touched; IMAP drafts become new files too.
/// </summary>
internal static class RevisedDraftWriter
{
    /// <summary>Writes one <c>.revised.txt</c> per message that has suggestions; returns the files written.</summary>
    public static IReadOnlyList<string> WriteAll(string directory, IReadOnlyList<LintResult> results, Func<EmailDocument, string?> originalText)
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

            File.WriteAllText(path, originalText(result.Document) is { } original ? ReviseOriginal(result, original) : Revise(result));
            written.Add(path);
        }

        return written;
    }

    /// <summary>The author text with each suggestion applied (last span first so offsets stay valid), then the set-aside parts.</summary>
    public static string Revise(LintResult result)
    {
        var text = new StringBuilder(result.Document.AuthorText);
        foreach (var f in result.Findings.Where(f => f.Suggestion is not null && f.Rule.IsSentenceRule).OrderByDescending(f => f.Span.Start))
        {
            text.Remove(f.Span.Start, f.Span.Length).Insert(f.Span.Start, f.Suggestion!.Replacement);
        }

        foreach (var part in result.Document.SetAside)
        {
            text.Append("\n\n").Append(part.Text);
        }

        return text.ToString();
    }

    /// <summary>
    /// The original plain text with each flagged sentence replaced where it stands. Sentences are searched in order, so
    /// a repeated sentence is replaced at the occurrence the finding points to.
    /// </summary>
    public static string ReviseOriginal(LintResult result, string original)
    {
        var normalized = original.ReplaceLineEndings("\n");
        var text = new StringBuilder();
        var from = 0;
        foreach (var f in result.Findings.Where(f => f.Suggestion is not null && f.Rule.IsSentenceRule).OrderBy(f => f.Span.Start))
        {
            var at = normalized.IndexOf(f.Text, from, StringComparison.Ordinal);
            if (at < 0)
            {
                continue; // the extractor re-wrapped this sentence; leave it as written rather than guess
            }

            text.Append(normalized, from, at - from).Append(f.Suggestion!.Replacement);
            from = at + f.Text.Length;
        }

        return text.Append(normalized, from, normalized.Length - from).ToString();
    }

    private static string SafeName(string source)
    {
        var name = source.Replace("://", "_").Replace(';', '_').Replace('=', '_');
        name = Path.GetFileName(name.TrimEnd('/')) is { Length: > 0 } file ? file : "stdin";
        return string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or '#' ? c : '_'));
    }
}

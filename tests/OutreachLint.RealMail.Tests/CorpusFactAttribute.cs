using OutreachLint.Tests;

namespace OutreachLint.RealMail.Tests;

/// <summary>
/// A fact over a corpus in <c>../shared/corpora</c>. A user's fresh clone has no <c>../shared</c>: there the test is
/// reported as skipped, with the reason, never as passed.
/// </summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute(string corpus)
    {
        if (!Directory.Exists(CorpusPath(corpus)))
        {
            Skip = $"corpus {CorpusPath(corpus)} is absent (it ships beside the project, not in a clone)";
        }
    }

    /// <summary>Where a corpus lives, relative to the repository.</summary>
    public static string CorpusPath(string corpus) => Path.GetFullPath(Path.Combine(RepoRoot.Path, "..", "shared", "corpora", corpus));
}

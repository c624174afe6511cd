using OutreachLint.Tests;

namespace OutreachLint.RealMail.Tests;

/// <summary>
/// A fact over a corpus in <c>shared/corpora</c>, which ships beside the project rather than in it. It is looked for in
/// <c>OUTREACHLINT_CORPORA</c> when set, else in a <c>shared</c> folder beside the repository or beside any folder above
/// it, so a clone made deeper in the same tree (as CI makes one) still runs these tests. Only where none of them has
/// the corpus (a user's fresh clone) is the test reported as skipped, with the places it looked, never as passed.
/// </summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    /// <summary>Names the environment variable that points at a <c>corpora</c> folder elsewhere.</summary>
    public const string CorporaVariable = "OUTREACHLINT_CORPORA";

    public CorpusFactAttribute(string corpus)
    {
        if (!Directory.Exists(CorpusPath(corpus)))
        {
            Skip = $"corpus '{corpus}' is absent: not in ${CorporaVariable} nor in shared/corpora beside {RepoRoot.Path} or any folder above it";
        }
    }

    /// <summary>Where a corpus lives: the first candidate that has it, else the one beside the repository.</summary>
    public static string CorpusPath(string corpus) =>
        Candidates(corpus).FirstOrDefault(Directory.Exists) ?? Path.GetFullPath(Path.Combine(RepoRoot.Path, "..", "shared", "corpora", corpus));

    private static IEnumerable<string> Candidates(string corpus)
    {
        if (Environment.GetEnvironmentVariable(CorporaVariable) is { Length: > 0 } corpora)
        {
            yield return Path.GetFullPath(Path.Combine(corpora, corpus));
        }

        for (var folder = Directory.GetParent(Path.GetFullPath(RepoRoot.Path)); folder is not null; folder = folder.Parent)
        {
            yield return Path.Combine(folder.FullName, "shared", "corpora", corpus);
        }
    }
}

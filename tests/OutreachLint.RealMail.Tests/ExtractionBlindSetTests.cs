using System.Text.RegularExpressions;
using MimeKit;
using OutreachLint.Mail.Extraction;
using OutreachLint.Mail.Sources;
using OutreachLint.Tests;
using Xunit.Abstractions;

namespace OutreachLint.RealMail.Tests;

/// <summary>
/// Issue 3's extraction bar on a second blind set: 50 MIME emails (HTML, multipart, flowed, legacy charsets, Gmail,
/// Outlook, Apple and Thunderbird quotes, forwards, signatures, disclaimers, device footers) written by a helper who
/// never saw the extractor, each with the author's text as a person marks it (tests/data/extraction-blind/README.md).
/// Compared after folding whitespace and dropping list markers at line starts: line breaks and the "- " the extractor
/// writes for an HTML list item are rendering, not a question of whose words they are.
/// </summary>
public sealed partial class ExtractionBlindSetTests(ITestOutputHelper output)
{
    private static readonly string Folder = RepoRoot.Combine("tests", "data", "extraction-blind");

    [Fact]
    public void Extract_WhenReadingTheSecondBlindSet_KeepsExactlyTheAuthorsTextInAtLeast95Percent()
    {
        var extractor = new AuthorTextExtractor();
        var files = Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal).ToList();
        var wrong = new List<string>();
        foreach (var file in files)
        {
            var expected = Fold(File.ReadAllText(Path.ChangeExtension(file, ".expected.txt")));
            var actual = Fold(extractor.Extract(new MailItem(file, MimeMessage.Load(file), null, null)).AuthorText);
            if (expected != actual)
            {
                wrong.Add(Path.GetFileName(file));
                output.WriteLine($"{Path.GetFileName(file)}:\n  expected: {expected}\n  actual:   {actual}");
            }
        }

        var right = files.Count - wrong.Count;
        output.WriteLine($"author text right in {right} of {files.Count} emails ({(double)right / files.Count:P1})");
        Assert.Equal(50, files.Count);
        Assert.True(right >= 0.95 * files.Count, $"author text wrong in {wrong.Count} of {files.Count}: {string.Join(", ", wrong)}");
    }

    private static string Fold(string text) => Whitespace().Replace(ListMarker().Replace(text, ""), " ").Trim();

    [GeneratedRegex(@"^[ \t]*[-•*][ \t]+", RegexOptions.Multiline)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

using MimeKit;
using OutreachLint.Mail.Extraction;
using OutreachLint.Mail.Sources;
using OutreachLint.Tests;
using Xunit.Abstractions;

namespace OutreachLint.RealMail.Tests;

/// <summary>
/// Issue 3's bar for extraction on mail written by someone else: the author text (what is kept, and so what is set
/// aside) is right in at least 95% of the 60 blind emails, judged against <see cref="AuthorTextRule"/>.
/// </summary>
public sealed class BlindAuthorTextTests(ITestOutputHelper output)
{
    private static readonly string Folder = RepoRoot.Combine("tests", "data", "blind", "emails");

    [Fact]
    public void Extract_WhenReadingEmailsWrittenBySomeoneElse_KeepsExactlyTheAuthorsTextInAtLeast95Percent()
    {
        var extractor = new AuthorTextExtractor();
        var files = Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal).ToList();
        var wrong = new List<string>();
        foreach (var file in files)
        {
            var message = MimeMessage.Load(file);
            var expected = AuthorTextRule.Expected(message.TextBody ?? "");
            var actual = AuthorTextRule.Normalise(extractor.Extract(new MailItem(file, message, null, null)).AuthorText);
            if (expected != actual)
            {
                wrong.Add(Path.GetFileName(file));
                output.WriteLine($"{Path.GetFileName(file)}:\n  expected: {expected.Replace("\n", "⏎")}\n  actual:   {actual.Replace("\n", "⏎")}");
            }
        }

        var right = files.Count - wrong.Count;
        output.WriteLine($"author text right in {right} of {files.Count} blind emails ({(double)right / files.Count:P1})");
        Assert.Equal(60, files.Count);
        Assert.True(right >= 0.95 * files.Count, $"author text wrong in {wrong.Count} of {files.Count}: {string.Join(", ", wrong)}");
    }
}

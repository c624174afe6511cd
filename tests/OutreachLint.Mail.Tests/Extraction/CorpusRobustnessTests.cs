using MimeKit;
using OutreachLint.Mail.Extraction;
using OutreachLint.Mail.Sources;
using Xunit.Abstractions;

namespace OutreachLint.Mail.Tests.Extraction;

/// <summary>
/// Every message of the shared MIME corpus (parser test suites full of malformed mail) must extract without an
/// exception escaping and within a time bound. The corpus lives beside the repository, not in it: in a clone
/// without ../shared the test says so and returns, which is not a pass of anything.
/// </summary>
public sealed class CorpusRobustnessTests(ITestOutputHelper output)
{
    private static readonly TimeSpan PerFileLimit = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Extract_EveryCorpusMessage_FinishesWithoutThrowing()
    {
        var corpus = FindCorpus();
        if (corpus is null)
        {
            output.WriteLine("NOT RUN: ../shared/corpora/mime was not found beside the folder holding OutreachLint.sln; nothing was checked.");
            return;
        }

        var extractor = new AuthorTextExtractor();
        var files = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Where(f => Path.GetFileName(f) is not ("MANIFEST.txt" or "SOURCES.md"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var failures = new List<string>();
        var unparsable = 0;
        foreach (var file in files)
        {
            using var timeout = new CancellationTokenSource(PerFileLimit);
            try
            {
                var loaded = await Task.Run(() => ExtractFile(extractor, file), timeout.Token).WaitAsync(timeout.Token);
                unparsable += loaded ? 0 : 1;
            }
            catch (OperationCanceledException)
            {
                failures.Add($"{file}: did not finish within {PerFileLimit.TotalSeconds} s");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures.Add($"{file}: {e.GetType().Name}: {e.Message}");
            }
        }

        output.WriteLine($"{files.Count} corpus files extracted; {unparsable} were not MIME that MimeKit could load.");
        Assert.True(files.Count > 0, $"{corpus} holds no files");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Returns false when MimeKit cannot load the file at all; extraction itself must never throw.</summary>
    private static bool ExtractFile(AuthorTextExtractor extractor, string file)
    {
        MimeMessage message;
        try
        {
            message = MimeMessage.Load(file);
        }
        catch (FormatException)
        {
            return false;
        }

        var document = extractor.Extract(new MailItem(file, message, null, null));
        Assert.DoesNotContain('\r', document.AuthorText);
        return true;
    }

    private static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OutreachLint.sln")))
            {
                var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpora", "mime"));
                return Directory.Exists(corpus) ? corpus : null;
            }
        }

        return null;
    }
}

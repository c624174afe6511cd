using System.Text;
using OutreachLint.Classifier;
using OutreachLint.Core;
using OutreachLint.Mail.Extraction;
using OutreachLint.Mail.Sources;
using OutreachLint.Rewrite;
using OutreachLint.Tests;

namespace OutreachLint.RealMail.Tests;

/// <summary>The shipped pipeline in-process: sources → extraction → engine with the committed model and rewriter.</summary>
internal static class Pipeline
{
    private static readonly Lazy<PooledSentenceClassifier> SharedClassifier = new(() =>
    {
        return ShippedModel.Load(RepoRoot.Combine("models", ModelMetricsFile.ModelFileName));
    });

    static Pipeline() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static PooledSentenceClassifier Classifier => SharedClassifier.Value;

    public static LintEngine Engine { get; } = new(
        new LazyClassifier(),
        new TemplateRewriter(wouldBeFlagged: s => Classifier.Classify([s])[0].Label != Labels.Ok));

    /// <summary>Reads and lints every <c>*.txt</c> message under <paramref name="path"/>, each file as one input.</summary>
    public static async Task<IReadOnlyList<LintResult>> LintAsync(string path)
    {
        var extractor = new AuthorTextExtractor();
        var factory = new MessageSourceFactory();
        var documents = new List<EmailDocument>();
        foreach (var file in Directory.GetFiles(path, "*.txt", SearchOption.AllDirectories).Where(f => !f.EndsWith("Summary.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            await foreach (var item in factory.Create(file).ReadAsync(CancellationToken.None))
            {
                documents.Add(extractor.Extract(item));
            }
        }

        return Engine.LintBatch(documents);
    }

    private sealed class LazyClassifier : ISentenceClassifier
    {
        public IReadOnlyList<SentencePrediction> Classify(IReadOnlyList<string> sentences) => Classifier.Classify(sentences);
    }
}

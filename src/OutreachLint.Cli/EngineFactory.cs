using OutreachLint.Classifier;
using OutreachLint.Cli.Serve;
using OutreachLint.Core;
using OutreachLint.Rewrite;

namespace OutreachLint.Cli;

/// <summary>Wires the engine: the shipped classifier, and a rewriter whose suggestions must pass that same classifier.</summary>
internal static class EngineFactory
{
    /// <summary>Loads the model and builds the engine; the classifier is returned for disposal.</summary>
    /// <exception cref="UsageException">The model cannot be loaded.</exception>
    public static (LintEngine Engine, PooledSentenceClassifier Classifier) Create(string? modelPath, LintOptions options)
    {
        var classifier = ModelLocator.Load(ModelLocator.Find(modelPath));
        return (new LintEngine(classifier, Rewriter(classifier), options), classifier);
    }

    /// <summary>
    /// Loads the model once for <c>serve</c>'s two engines: one judging by the draft's envelope as configured, one
    /// assuming outreach; the classifier is returned for disposal.
    /// </summary>
    /// <exception cref="UsageException">The model cannot be loaded.</exception>
    public static (ServeEngines Engines, PooledSentenceClassifier Classifier) CreateForServe(string? modelPath, LintOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (byEnvelope, classifier) = Create(modelPath, options);
        var assumingOutreach = new LintEngine(classifier, Rewriter(classifier), options with { AssumeOutreach = true });
        return (new ServeEngines(byEnvelope, assumingOutreach), classifier);
    }

    private static TemplateRewriter Rewriter(PooledSentenceClassifier classifier) =>
        new(wouldBeFlagged: sentence => classifier.Classify([sentence])[0].Label != Labels.Ok);
}

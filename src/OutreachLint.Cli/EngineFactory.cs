using OutreachLint.Classifier;
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
        var rewriter = new TemplateRewriter(wouldBeFlagged: sentence => classifier.Classify([sentence])[0].Label != Labels.Ok);
        return (new LintEngine(classifier, rewriter, options), classifier);
    }
}

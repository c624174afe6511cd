using OutreachLint.Classifier;
using OutreachLint.Core;

namespace OutreachLint.Cli;

/// <summary>
/// Loads the model on another core while the command reads and extracts its inputs: for a single draft the model's
/// load is most of the wall time, and the two overlap. The classifier is disposed whenever the load finishes.
/// </summary>
internal sealed class BackgroundEngine : IAsyncDisposable
{
    private readonly Task<(LintEngine Engine, PooledSentenceClassifier Classifier)> _loading;

    /// <summary>Starts <paramref name="create"/> on the thread pool (see <see cref="EngineFactory.Start"/>).</summary>
    public BackgroundEngine(Func<(LintEngine Engine, PooledSentenceClassifier Classifier)> create) =>
        _loading = Task.Run(create);

    /// <summary>The engine, once loaded.</summary>
    /// <exception cref="UsageException">The model could not be loaded (rethrown from the load).</exception>
    public async Task<LintEngine> GetAsync() => (await _loading.ConfigureAwait(false)).Engine;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            (await _loading.ConfigureAwait(false)).Classifier.Dispose();
        }
        catch (UsageException)
        {
            // Already reported by GetAsync, or the command failed before it needed the engine.
        }
    }
}

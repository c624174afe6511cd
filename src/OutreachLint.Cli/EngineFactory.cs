using System.ClientModel;
using System.Runtime.CompilerServices;
using OutreachLint.Classifier;
using OutreachLint.Cli.Serve;
using OutreachLint.Core;
using OutreachLint.Rewrite;
using OutreachLint.Rewrite.Chat;

namespace OutreachLint.Cli;

/// <summary>
/// Wires the engine: the shipped classifier, and a rewriter whose suggestions must pass that same classifier — the
/// template rewriter, or the chat rewriter in front of it when the configuration turns that on.
/// </summary>
internal static class EngineFactory
{
    /// <summary>Loads the model and builds the engine; the classifier is returned for disposal.</summary>
    /// <exception cref="UsageException">The model cannot be loaded, or the chat rewriter has no key.</exception>
    public static (LintEngine Engine, PooledSentenceClassifier Classifier) Create(string? modelPath, LintOptions options, ChatRewriterSettings? chat = null) =>
        Build(modelPath, options, chat, KeyOf(chat));

    /// <summary>
    /// As <see cref="Create"/>, but the model loads on another core while the caller reads its inputs; the chat key is
    /// read here, so a configuration error stops the command before any input is read.
    /// </summary>
    /// <exception cref="UsageException">The chat rewriter has no key.</exception>
    public static BackgroundEngine Start(string? modelPath, LintOptions options, ChatRewriterSettings? chat)
    {
        var key = KeyOf(chat);
        return new BackgroundEngine(() => Build(modelPath, options, chat, key));
    }

    /// <summary>
    /// Loads the model once for <c>serve</c>'s two engines: one judging by the draft's envelope as configured, one
    /// assuming outreach; the classifier is returned for disposal.
    /// </summary>
    /// <exception cref="UsageException">The model cannot be loaded, or the chat rewriter has no key.</exception>
    public static (ServeEngines Engines, PooledSentenceClassifier Classifier) CreateForServe(string? modelPath, LintOptions options, ChatRewriterSettings? chat = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (classifier, rewriter) = Load(modelPath, chat, KeyOf(chat));
        var judging = Remembering(classifier);
        var engines = new ServeEngines(new LintEngine(judging, rewriter, options), new LintEngine(judging, rewriter, options with { AssumeOutreach = true }));
        return (engines, classifier);
    }

    private static (LintEngine Engine, PooledSentenceClassifier Classifier) Build(string? modelPath, LintOptions options, ChatRewriterSettings? chat, string? key)
    {
        var (classifier, rewriter) = Load(modelPath, chat, key);
        return (new LintEngine(Remembering(classifier), rewriter, options), classifier);
    }

    // Each distinct sentence is classified once per process; bounded, so a long-running serve keeps a steady footprint.
    private static RememberingClassifier Remembering(PooledSentenceClassifier classifier) => new(classifier);

    // A missing key is a configuration error: found before the model's load, not after.
    private static string? KeyOf(ChatRewriterSettings? chat) => chat is null ? null : ChatClientFactory.ApiKey(chat);

    private static (PooledSentenceClassifier Classifier, IRewriter Rewriter) Load(string? modelPath, ChatRewriterSettings? chat, string? key)
    {
        // The rewriter's templates are prepared on the other core while this one loads the model (a cold start's
        // two largest costs); the re-check reads the classifier only once a suggestion is asked for.
        PooledSentenceClassifier? classifier = null;
        Func<string, bool> wouldBeFlagged = sentence => classifier!.Classify([sentence])[0].Label != Labels.Ok;
        var preparing = Task.Run(() =>
        {
            var templates = new TemplateRewriter(wouldBeFlagged: wouldBeFlagged);
            templates.Prepare();
            return templates;
        });
        classifier = ModelLocator.Load(ModelLocator.Find(modelPath));
        IRewriter rewriter = preparing.GetAwaiter().GetResult();
        return (classifier, chat is null ? rewriter : WithChat(chat, key!, rewriter, wouldBeFlagged));
    }

    // A method of its own so a run without the chat rewriter never loads Microsoft.Extensions.AI or OpenAI (cold start).
    // The client and the rewriter live as long as the process: check exits after one run, serve until stopped.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IRewriter WithChat(ChatRewriterSettings chat, string key, IRewriter fallback, Func<string, bool> wouldBeFlagged) =>
        new ChatRewriter(ChatClientFactory.Create(chat, key), fallback, wouldBeFlagged, new ChatRewriterOptions
        {
            Timeout = chat.Timeout,
            MaxConcurrency = chat.Concurrency,
            OnFallback = WarnOnceWhenUnreachable(chat),
        });

    // An unreachable endpoint or a refused key would otherwise pass silently as template suggestions; one line says so.
    // Answers refused for quality are expected and not reported.
    private static Action<ChatFallback> WarnOnceWhenUnreachable(ChatRewriterSettings chat)
    {
        var warned = 0;
        return fallback =>
        {
            if (fallback.Reason is ChatFallbackReason.Failed or ChatFallbackReason.TimedOut && Interlocked.Exchange(ref warned, 1) == 0)
            {
                var detail = fallback.Error is ClientResultException { Status: > 0 } refused ? $"HTTP {refused.Status}" : fallback.Detail;
                Console.Error.WriteLine($"outreachlint: chat rewriter at {chat.Endpoint.Host}: {detail}; using the built-in suggestions");
            }
        };
    }
}

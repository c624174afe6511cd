using Microsoft.Extensions.AI;
using OutreachLint.Core;

namespace OutreachLint.Rewrite.Chat;

/// <summary>
/// Asks a chat model (any <see cref="IChatClient"/>) to rewrite each flagged sentence, and uses the answer only when it
/// keeps every fact of the original, avoids the trigger vocabulary and would not be flagged again; otherwise, and on any
/// failure or timeout, the fallback rewriter's suggestion is given. One email's sentences are asked for in parallel.
/// </summary>
public sealed class ChatRewriter : IRewriter, IDisposable
{
    /// <summary>The <see cref="Suggestion.Origin"/> of the suggestions the model wrote.</summary>
    public const string Origin = "chat";

    private static readonly string[] Rewritable = [Labels.DisguisedSelling, Labels.FavorAsk, Labels.SellerCentric];

    private readonly IChatClient _client;
    private readonly IRewriter _fallback;
    private readonly Func<string, bool> _wouldBeFlagged;
    private readonly ChatRewriterOptions _options;
    private readonly RewriteTemplateSet _avoid = RewriteTemplateSet.Default;
    private readonly SentenceSegmenter _segmenter = new();
    private readonly SemaphoreSlim _slots;

    /// <summary>Creates a rewriter over <paramref name="client"/>.</summary>
    /// <param name="client">The model to ask; not disposed by this rewriter.</param>
    /// <param name="fallback">The rewriter whose suggestion stands whenever the model's does not, normally the template rewriter.</param>
    /// <param name="wouldBeFlagged">The re-check the fallback uses too: true when the classifier would flag a sentence.</param>
    /// <param name="options">Timeout, concurrency and fallback reporting; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="client"/>, <paramref name="fallback"/> or <paramref name="wouldBeFlagged"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The timeout or the concurrency is not positive.</exception>
    public ChatRewriter(IChatClient client, IRewriter fallback, Func<string, bool> wouldBeFlagged, ChatRewriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fallback);
        ArgumentNullException.ThrowIfNull(wouldBeFlagged);
        _options = options ?? new ChatRewriterOptions();
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_options.Timeout, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxConcurrency, 1, nameof(options));
        _client = client;
        _fallback = fallback;
        _wouldBeFlagged = wouldBeFlagged;
        _slots = new SemaphoreSlim(_options.MaxConcurrency, _options.MaxConcurrency);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> or <paramref name="document"/> is null.</exception>
    public Suggestion? Suggest(Finding finding, EmailDocument document) => SuggestAll([finding], document)[0];

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> or <paramref name="document"/> is null.</exception>
    public IReadOnlyList<Suggestion?> SuggestAll(IReadOnlyList<Finding> findings, EmailDocument document)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(document);

        // The engine is synchronous; Task.Run keeps the blocking wait off any caller's synchronisation context.
        return Task.Run(() => Task.WhenAll(findings.Select(f => SuggestAsync(f, document)))).GetAwaiter().GetResult();
    }

    /// <summary>The model's rewrite of <paramref name="finding"/> when it holds up, else the fallback's suggestion.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> or <paramref name="document"/> is null.</exception>
    public async Task<Suggestion?> SuggestAsync(Finding finding, EmailDocument document)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(document);
        if (Rewritable.Contains(finding.Rule.Name) && await AskAsync(finding, document) is { } answer)
        {
            return new Suggestion(answer, Origin);
        }

        return _fallback.Suggest(finding, document);
    }

    /// <summary>Releases the concurrency gate; the client belongs to the caller.</summary>
    public void Dispose() => _slots.Dispose();

    private async Task<string?> AskAsync(Finding finding, EmailDocument document)
    {
        var messages = ChatPrompt.For(finding, document, _avoid.AvoidPhrases);
        using var timeout = new CancellationTokenSource(_options.Timeout);
        string? reply;
        try
        {
            await _slots.WaitAsync(timeout.Token);
            try
            {
                // WaitAsync as well as the token: a client that ignores cancellation must not hold the draft up.
                var response = await _client.GetResponseAsync(messages, cancellationToken: timeout.Token).WaitAsync(timeout.Token);
                reply = response.Text;
            }
            finally
            {
                _slots.Release();
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return Refuse(ChatFallbackReason.TimedOut, $"no answer within {_options.Timeout.TotalSeconds:0.#} s");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The detail names only the type or status: a server's error text may echo part of the key.
            return Refuse(ChatFallbackReason.Failed, e is HttpRequestException { StatusCode: { } status } ? $"HTTP {(int)status}" : e.GetType().Name, e);
        }

        return Judge(ChatAnswerParser.Parse(reply, finding.Text), finding.Text);
    }

    /// <summary>Holds an answer to the same guarantees as the built-in rewriter: every fact kept, no trigger words, not flagged again.</summary>
    private string? Judge(string? answer, string original)
    {
        if (answer is null)
        {
            return Refuse(ChatFallbackReason.Malformed, null);
        }

        if (RewriteEntities.Missing(original, answer) is [var lost, ..])
        {
            return Refuse(ChatFallbackReason.LostFact, lost.Text);
        }

        var kept = RewriteEntities.Find(original).Select(e => e.Text);
        if (_avoid.FirstAvoidedPhrase(answer, kept) is { } avoided)
        {
            return Refuse(ChatFallbackReason.AvoidedPhrase, avoided);
        }

        // Checked sentence by sentence, as the engine would read the revised draft.
        var sentences = _segmenter.Split(answer).Select(s => s.Text).DefaultIfEmpty(answer);
        return sentences.Any(_wouldBeFlagged) ? Refuse(ChatFallbackReason.StillFlagged, null) : answer;
    }

    private string? Refuse(ChatFallbackReason reason, string? detail, Exception? error = null)
    {
        _options.OnFallback?.Invoke(new ChatFallback(reason, detail, error));
        return null;
    }
}

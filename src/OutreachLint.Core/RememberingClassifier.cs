using System.Collections.Concurrent;

namespace OutreachLint.Core;

/// <summary>
/// Classifies each distinct sentence once and remembers the verdict, up to a bound. A team's mail repeats itself —
/// greetings, sign-offs, the lines of a sequence template — across thousands of messages, and the classifier judges a
/// sentence alone, so a remembered verdict is the verdict. Thread-safe when the inner classifier is.
/// </summary>
public sealed class RememberingClassifier : ISentenceClassifier
{
    private readonly ISentenceClassifier _inner;
    private readonly int _capacity;
    private readonly ConcurrentDictionary<string, SentencePrediction> _verdicts = new(StringComparer.Ordinal);

    /// <summary>Wraps <paramref name="inner"/>; at most <paramref name="capacity"/> sentences are remembered at once.</summary>
    public RememberingClassifier(ISentenceClassifier inner, int capacity = 100_000)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _inner = inner;
        _capacity = capacity;
    }

    /// <summary>How many sentences are remembered now.</summary>
    public int Remembered => _verdicts.Count;

    /// <inheritdoc />
    public IReadOnlyList<SentencePrediction> Classify(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var result = new SentencePrediction[sentences.Count];
        var unknown = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < sentences.Count; i++)
        {
            if (_verdicts.TryGetValue(sentences[i], out var known))
            {
                result[i] = known;
            }
            else if (unknown.TryGetValue(sentences[i], out var places))
            {
                places.Add(i);
            }
            else
            {
                unknown[sentences[i]] = [i];
            }
        }

        if (unknown.Count == 0)
        {
            return result;
        }

        var asked = unknown.Keys.ToList();
        var verdicts = _inner.Classify(asked);
        // Starting over is simpler than tracking recency, and a full table of one-off sentences has nothing to keep.
        if (_verdicts.Count + asked.Count > _capacity)
        {
            _verdicts.Clear();
        }

        var remember = asked.Count <= _capacity;
        for (var k = 0; k < asked.Count; k++)
        {
            foreach (var i in unknown[asked[k]])
            {
                result[i] = verdicts[k];
            }

            if (remember)
            {
                _verdicts.TryAdd(asked[k], verdicts[k]);
            }
        }

        return result;
    }
}

namespace OutreachLint.Core.Tests;

/// <summary>A classifier that labels a sentence by the first phrase it contains, so engine tests do not need a model.</summary>
internal sealed class FakeClassifier(params (string Phrase, string Label, float Confidence)[] rules) : ISentenceClassifier
{
    public int Calls { get; private set; }

    /// <summary>Every sentence asked about, in order, over all calls.</summary>
    public List<string> Seen { get; } = [];

    public IReadOnlyList<SentencePrediction> Classify(IReadOnlyList<string> sentences)
    {
        Calls++;
        Seen.AddRange(sentences);
        return sentences.Select(s => rules.FirstOrDefault(r => s.Contains(r.Phrase, StringComparison.OrdinalIgnoreCase)) is { Phrase: not null } hit
            ? new SentencePrediction(hit.Label, hit.Confidence)
            : new SentencePrediction(Labels.Ok, 0.99f)).ToList();
    }
}

namespace OutreachLint.Core;

/// <summary>Labels sentences. Implementations must be safe to call from many threads at once.</summary>
public interface ISentenceClassifier
{
    /// <summary>Classifies a batch; the result has one prediction per input, in order.</summary>
    IReadOnlyList<SentencePrediction> Classify(IReadOnlyList<string> sentences);
}

namespace OutreachLint.Classifier;

/// <summary>Turns raw sentences into model input the same way for training and prediction.</summary>
public static class SentenceInputFactory
{
    /// <summary>Normalises <paramref name="text"/>, computes its features and, given an embedder, its embedding.</summary>
    public static SentenceInput Create(string text, string label = "", ISentenceEmbedder? embedder = null)
    {
        var normalized = TextNormalizer.Normalize(text);
        return new SentenceInput
        {
            Label = label,
            Text = normalized,
            Features = SentenceFeatures.Compute(normalized),
            Embedding = embedder?.Embed(text) ?? SentenceInput.Zero,
        };
    }
}

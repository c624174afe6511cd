namespace OutreachLint.Classifier;

/// <summary>Turns raw sentences into model input the same way for training and prediction.</summary>
public static class SentenceInputFactory
{
    private static readonly float[] NoFeatures = new float[SentenceFeatures.Count];

    /// <summary>
    /// Normalises <paramref name="text"/>, computes its features and, given an embedder, its embedding. A model that
    /// ignores the hand-made features may skip them (<paramref name="features"/> false): they cost more than the rest.
    /// </summary>
    public static SentenceInput Create(string text, string label = "", ISentenceEmbedder? embedder = null, bool features = true)
    {
        var normalized = TextNormalizer.Normalize(text);
        return new SentenceInput
        {
            Label = label,
            Text = normalized,
            Features = features ? SentenceFeatures.Compute(normalized) : NoFeatures,
            Embedding = embedder?.Embed(text) ?? SentenceInput.Zero,
        };
    }
}

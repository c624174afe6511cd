namespace OutreachLint.Classifier;

/// <summary>Turns raw sentences into model input the same way for training and prediction.</summary>
public static class SentenceInputFactory
{
    /// <summary>Normalises <paramref name="text"/> and computes its features.</summary>
    public static SentenceInput Create(string text, string label = "")
    {
        var normalized = TextNormalizer.Normalize(text);
        return new SentenceInput { Label = label, Text = normalized, Features = SentenceFeatures.Compute(normalized) };
    }
}

namespace OutreachLint.Classifier;

/// <summary>A gold label (when known) and the model's probability for every label, keyed by label name.</summary>
public sealed record LabelScores(string Gold, IReadOnlyDictionary<string, float> Probabilities)
{
    /// <summary>The label with the highest probability.</summary>
    public string Top => Probabilities.MaxBy(p => p.Value).Key;
}

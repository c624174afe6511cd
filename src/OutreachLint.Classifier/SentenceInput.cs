using Microsoft.ML.Data;

namespace OutreachLint.Classifier;

/// <summary>The model's input schema, shared by training and prediction so the two can never drift apart.</summary>
public sealed class SentenceInput
{
    /// <summary>The gold label when training; empty when predicting.</summary>
    public string Label { get; set; } = "";

    /// <summary>The sentence after <see cref="TextNormalizer"/>.</summary>
    public string Text { get; set; } = "";

    /// <summary>Hand-made features from <see cref="SentenceFeatures"/>.</summary>
    [VectorType(SentenceFeatures.Count)]
    public float[] Features { get; set; } = new float[SentenceFeatures.Count];
}

using Microsoft.ML.Data;

namespace OutreachLint.Classifier;

/// <summary>The model's input schema, shared by training and prediction so the two can never drift apart.</summary>
public sealed class SentenceInput
{
    /// <summary>Dimensions of the sentence embedding (all-MiniLM-L6-v2).</summary>
    public const int EmbeddingSize = 384;

    /// <summary>The gold label when training; empty when predicting.</summary>
    public string Label { get; set; } = "";

    /// <summary>The sentence after <see cref="TextNormalizer"/>.</summary>
    public string Text { get; set; } = "";

    /// <summary>Hand-made features from <see cref="SentenceFeatures"/>.</summary>
    [VectorType(SentenceFeatures.Count)]
    public float[] Features { get; set; } = new float[SentenceFeatures.Count];

    /// <summary>The sentence's embedding, or zeros for designs that do not use it.</summary>
    [VectorType(EmbeddingSize)]
    public float[] Embedding { get; set; } = Zero;

    /// <summary>One shared zero vector: models without embeddings ignore the column, so nothing need be allocated.</summary>
    internal static float[] Zero { get; } = new float[EmbeddingSize];
}

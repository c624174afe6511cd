namespace OutreachLint.Classifier;

/// <summary>Turns a sentence into a dense meaning vector; implementations must be safe on many threads.</summary>
public interface ISentenceEmbedder
{
    /// <summary>The vector of <paramref name="text"/>, of length <see cref="SentenceInput.EmbeddingSize"/>.</summary>
    float[] Embed(string text);
}

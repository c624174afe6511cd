namespace OutreachLint.Classifier;

/// <summary>
/// The pipelines compared when training. Which one ships is decided by <c>train</c> from cross-validation and recorded in
/// <c>models/metrics.json</c>, so it is not named here.
/// </summary>
public enum ModelDesign
{
    /// <summary>Word 1–2-grams and char 4-grams (<see cref="PipelineFactory"/>), SdcaMaximumEntropy.</summary>
    SdcaNgrams,

    /// <summary>The same n-grams plus <see cref="SentenceFeatures"/>, SdcaMaximumEntropy.</summary>
    SdcaNgramsAndFeatures,

    /// <summary>N-grams plus features, LbfgsMaximumEntropy with tuned L1/L2 regularisation.</summary>
    LbfgsNgramsAndFeatures,

    /// <summary>N-grams alone, LbfgsMaximumEntropy with the same regularisation.</summary>
    LbfgsNgrams,

    /// <summary>N-grams plus features, LightGBM multiclass.</summary>
    LightGbmNgramsAndFeatures,

    /// <summary>N-grams and MiniLM sentence embeddings, LbfgsMaximumEntropy: the slow, deeper model.</summary>
    LbfgsNgramsAndEmbeddings,
}

namespace OutreachLint.Classifier;

/// <summary>Facts about a design that training and serving both need.</summary>
public static class ModelDesignExtensions
{
    /// <summary>True when the design reads the sentence embedding.</summary>
    public static bool UsesEmbeddings(this ModelDesign design) => design == ModelDesign.LbfgsNgramsAndEmbeddings;

    /// <summary>True when the design reads the hand-made <see cref="SentenceFeatures"/>.</summary>
    public static bool UsesFeatures(this ModelDesign design) =>
        design is ModelDesign.SdcaNgramsAndFeatures or ModelDesign.LbfgsNgramsAndFeatures or ModelDesign.LightGbmNgramsAndFeatures;
}

using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms.Text;

namespace OutreachLint.Classifier;

/// <summary>Builds the ML.NET pipeline for a <see cref="ModelDesign"/>; single-threaded trainers keep training deterministic.</summary>
public static class PipelineFactory
{
    /// <summary>Returns the untrained pipeline for <paramref name="design"/>.</summary>
    public static IEstimator<ITransformer> Create(MLContext ml, ModelDesign design)
    {
        ArgumentNullException.ThrowIfNull(ml);
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None, // TextNormalizer already lower-cased it
            KeepPunctuations = true,
            KeepDiacritics = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        string[] columns = design switch
        {
            ModelDesign.SdcaNgrams or ModelDesign.LbfgsNgrams => ["TextFeatures"],
            ModelDesign.LbfgsNgramsAndEmbeddings => ["TextFeatures", nameof(SentenceInput.Embedding)],
            _ => ["TextFeatures", nameof(SentenceInput.Features)],
        };
        IEstimator<ITransformer> pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(SentenceInput.Label))
            .Append(ml.Transforms.Text.FeaturizeText("TextFeatures", text, nameof(SentenceInput.Text)))
            .Append(ml.Transforms.Concatenate("All", columns));
        return pipeline
            .Append(Trainer(ml, design))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel", "PredictedLabel"));
    }

    private static IEstimator<ITransformer> Trainer(MLContext ml, ModelDesign design) => design switch
    {
        ModelDesign.LbfgsNgramsAndFeatures or ModelDesign.LbfgsNgrams or ModelDesign.LbfgsNgramsAndEmbeddings => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
            new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey", FeatureColumnName = "All",
                L1Regularization = 0.00001f, L2Regularization = 0.0001f, NumberOfThreads = 1,
            }),
        ModelDesign.LightGbmNgramsAndFeatures => ml.MulticlassClassification.Trainers.LightGbm(
            new LightGbmMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey", FeatureColumnName = "All", NumberOfIterations = 100,
                LearningRate = 0.1, NumberOfLeaves = 16, MinimumExampleCountPerLeaf = 5, NumberOfThreads = 1, Seed = 42,
                Verbose = false, Silent = true,
            }),
        _ => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
            new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey", FeatureColumnName = "All", NumberOfThreads = 1,
                L2Regularization = 0.000001f, MaximumNumberOfIterations = 60,
            }),
    };
}

using OutreachLint.Core;
using OutreachLint.Tests;
using Xunit.Abstractions;

namespace OutreachLint.Classifier.Tests;

/// <summary>The committed model is the one the committed data produces, and it reaches the model card's figures.</summary>
public sealed class ShippedModelTests(ITestOutputHelper output)
{
    private static readonly string Models = RepoRoot.Combine("models");
    private static readonly ModelMetricsFile Metrics = ModelMetricsFile.Read(Path.Combine(Models, ModelMetricsFile.FileName));
    private static readonly IReadOnlyList<LabeledSentence> Blind = TrainingDataReader.ReadFile(RepoRoot.Combine("tests", "data", "blind", "blind-sentences.tsv"));

    [Fact]
    public void Metrics_WhenComparedWithTrainingData_RecordTheDataHash()
    {
        Assert.Equal(DataHash.Of(RepoRoot.Combine("training-data")), Metrics.DataHash);
    }

    [Fact]
    public void ShippedModel_WhenEvaluatedOnTheBlindSet_ReachesTheCardsFiguresAndTheTargets()
    {
        using var classifier = Load();
        var result = Evaluator.Evaluate(classifier, Blind, Evaluator.HardRows(Blind));
        Assert.Equal(Metrics.Blind!.MacroF1, result.Metrics.MacroF1, 9);
        Assert.Equal(Metrics.BlindHardNegativesFlagged!.Value, result.HardNegativesFlagged, 9);
        Assert.True(result.Metrics.MacroF1 >= 0.90, $"blind macro-F1 {result.Metrics.MacroF1:0.000}");
        Assert.True(result.HardNegativesFlagged <= 0.05, $"hard negatives flagged {result.HardNegativesFlagged:P1}");
    }

    [Fact]
    public void ShippedModel_WhenEvaluatedOnTheSecondBlindSet_ReachesTheTargets()
    {
        // Written later by a helper that never saw the repository, and never used to choose data, design or thresholds.
        var second = TrainingDataReader.ReadFile(RepoRoot.Combine("tests", "data", "blind-2", "blind-sentences.tsv"));
        using var classifier = Load();
        var result = Evaluator.Evaluate(classifier, second, Evaluator.HardRows(second));
        output.WriteLine($"second blind set: {second.Count} rows, macro-F1 {result.Metrics.MacroF1:0.000}, accuracy {result.Metrics.Accuracy:0.000}, " +
            $"{result.HardNegatives} hard negatives, {result.HardNegativesFlagged:P1} flagged");
        Assert.Equal(599, second.Count);
        Assert.True(result.Metrics.MacroF1 >= 0.90, $"second blind set macro-F1 {result.Metrics.MacroF1:0.000}");
        Assert.True(result.HardNegativesFlagged <= 0.05, $"second blind set hard negatives flagged {result.HardNegativesFlagged:P1}");
    }

    [Theory]
    [InlineData("blind-4", 360, 6)]
    [InlineData("blind-5", 398, 11)]
    [InlineData("blind-6", 298, 6)]
    public void ShippedModel_WhenEvaluatedOnTheFreshBlindSets_HoldsMacroF1AndFlagsNoMoreHardNegativesThanAtFirst(string set, int rows, int firstFlagged)
    {
        // Written on 2026-11-27 from three other briefs. Their hard negatives were flagged at 5.5%, 7.9% and 5.0% at first
        // measurement, at or above the 5% the independent set is held to (models/CARD-NOTES.md, "Known weaknesses"): this
        // holds the bar that is met and keeps the one that is not from getting worse.
        var sentences = TrainingDataReader.ReadFile(RepoRoot.Combine("tests", "data", set, "blind-sentences.tsv"));
        using var classifier = Load();
        var result = Evaluator.Evaluate(classifier, sentences, Evaluator.HardRows(sentences));
        var flagged = (int)Math.Round(result.HardNegativesFlagged * result.HardNegatives);
        output.WriteLine($"{set}: {sentences.Count} rows, macro-F1 {result.Metrics.MacroF1:0.000}, {flagged} of {result.HardNegatives} hard negatives flagged ({result.HardNegativesFlagged:P1})");
        Assert.Equal(rows, sentences.Count);
        Assert.True(result.Metrics.MacroF1 >= 0.90, $"{set} macro-F1 {result.Metrics.MacroF1:0.000}");
        Assert.True(flagged <= firstFlagged, $"{set}: {flagged} hard negatives flagged, {firstFlagged} at first measurement");
    }

    [Fact]
    public void Train_WhenRunAgainOnTheCommittedData_ReproducesTheCommittedModel()
    {
        var output = Directory.CreateTempSubdirectory("ol-train-").FullName;
        try
        {
            var design = Enum.Parse<ModelDesign>(Metrics.Design);
            var retrained = new TrainingRun(new TrainingOptions(RepoRoot.Combine("training-data"), output, null, [design])).Run();
            Assert.Equal(Metrics.DataHash, retrained.DataHash);
            Assert.Equal(Metrics.Thresholds, retrained.Thresholds);
            Assert.Equal(Metrics.ToTemperature(), retrained.ToTemperature());
            Assert.Equal(Metrics.CrossValidation.MacroF1, retrained.CrossValidation.MacroF1, 12);

            using var committed = Load();
            using var fresh = PooledSentenceClassifier.Load(Path.Combine(output, ModelMetricsFile.ModelFileName), retrained.ToThresholds(), temperature: retrained.ToTemperature());
            var texts = Blind.Select(b => b.Text).ToArray();
            Assert.Equal(committed.Classify(texts), fresh.Classify(texts));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Classify_WhenCalledFromManyThreads_GivesTheSameAnswersAsOneThread()
    {
        using var classifier = Load();
        var texts = Enumerable.Range(0, 6).SelectMany(_ => Blind.Select(b => b.Text)).ToArray();
        var sequential = texts.Select(t => classifier.Classify([t])[0]).ToArray();
        var parallel = Enumerable.Range(0, 8).AsParallel().Select(_ => classifier.Classify(texts)).ToArray();
        Assert.All(parallel, p => Assert.Equal(sequential, p));
    }

    [Fact]
    public void Classify_WhenGivenTextbookCasesAndHardNegatives_LabelsThemAsASalesLeaderWould()
    {
        using var classifier = Load();
        string[] texts =
        [
            "We'd love to explore a strategic partnership with your team.",
            "Could I steal 15 minutes of your time on Thursday?",
            "Our platform is the industry-leading solution, trusted by 500 banks.",
            "Maria Lopez, Partner at Hale & Finch LLP, will sign the engagement letter.",
            "please let me know if you have any questions",
        ];
        Assert.Equal(
            [Labels.DisguisedSelling, Labels.FavorAsk, Labels.SellerCentric, Labels.Ok, Labels.Ok],
            classifier.Classify(texts).Select(p => p.Label));
    }

    private static PooledSentenceClassifier Load() =>
        ShippedModel.Load(Path.Combine(Models, ModelMetricsFile.ModelFileName));
}

using System.Diagnostics;
using System.Text.Json;
using Microsoft.ML;
using OutreachLint.Core;

namespace OutreachLint.Classifier;

/// <summary>
/// Trains and ships the model: validates the data, compares designs by 5-fold cross-validation (and reports the blind
/// set), calibrates and tunes thresholds on out-of-fold predictions, fits the winner on all data and writes model,
/// metrics and card. Nothing is written until everything has succeeded, and then each file is replaced atomically.
/// </summary>
public sealed class TrainingRun(TrainingOptions options, Action<string>? log = null)
{
    private readonly Action<string> _log = log ?? (_ => { });

    /// <summary>Runs the whole training; returns what it wrote to the metrics file.</summary>
    /// <exception cref="TrainingDataException">The training data or blind file is malformed.</exception>
    public ModelMetricsFile Run()
    {
        var rows = TrainingDataReader.ReadDirectory(options.DataDirectory);
        var blind = options.BlindFile is null ? null : TrainingDataReader.ReadFile(options.BlindFile);
        var hard = blind is null ? null : Evaluator.HardRows(blind);
        var hash = DataHash.Of(options.DataDirectory);
        _log($"{rows.Count} rows, {hash}");

        using var embedder = new MiniLmEmbedder();
        var trainer = new ModelTrainer(embedder);
        var candidates = new List<(DesignComparison Row, ThresholdSet Thresholds, double Objective, CalibrationReport Calibration)>();
        foreach (var design in options.Designs)
        {
            var clock = Stopwatch.StartNew();
            var raw = trainer.OutOfFold(rows, design);
            var temperature = TemperatureScaling.Fit(raw);
            var outOfFold = TemperatureScaling.Apply(raw, temperature);
            var thresholds = ThresholdTuner.Tune(outOfFold);
            double? blindErrorBefore = null, blindErrorAfter = null;
            var cv = ClassificationMetrics.Compute(outOfFold.Select(s => (s.Gold, thresholds.Decide(s.Probabilities).Label)).ToList());
            var okFlagged = 1 - cv.PerLabel[Labels.Ok].Recall;
            EvaluationResult? blindResult = null;
            if (blind is not null)
            {
                // Scored once: the raw probabilities give the calibration error before scaling, the scaled ones the rest.
                var (ml, model, _) = trainer.Fit(rows, design);
                var blindRaw = ModelScorer.Score(ml, model, blind, trainer.EmbedderFor(design));
                var blindScaled = TemperatureScaling.Apply(blindRaw, temperature);
                blindResult = Evaluator.Evaluate(blindScaled, thresholds, hard);
                blindErrorBefore = CalibrationError.Expected(blindRaw);
                blindErrorAfter = CalibrationError.Expected(blindScaled);
            }

            var row = new DesignComparison(design.ToString(), cv, okFlagged, blindResult?.Metrics, blindResult?.HardNegativesFlagged, clock.Elapsed.TotalSeconds, temperature);
            var calibration = new CalibrationReport(temperature, CalibrationError.Expected(raw), CalibrationError.Expected(outOfFold), blindErrorBefore, blindErrorAfter);
            candidates.Add((row, thresholds, ThresholdTuner.Objective(outOfFold, thresholds), calibration));
            _log($"{design}: CV macro-F1 {cv.MacroF1:0.000}, ok flagged {okFlagged:P1}"
                 + (blindResult is null ? "" : $", blind macro-F1 {blindResult.Metrics.MacroF1:0.000}, hard negatives flagged {blindResult.HardNegativesFlagged:P1}")
                 + $" ({row.TrainSeconds:0}s)");
        }

        // The embedding design is measured but never shipped: its encoder predicts a few hundred sentences a second and
        // takes a second to load, against the 40,000 sentences/s and 300 ms load the product needs.
        var shippable = candidates.Where(c => !Enum.Parse<ModelDesign>(c.Row.Design).UsesEmbeddings()).ToList();
        var chosen = (shippable.Count > 0 ? shippable : candidates).MaxBy(c => c.Objective);
        var shipped = Enum.Parse<ModelDesign>(chosen.Row.Design);
        var (context, final, inputSchema) = trainer.Fit(rows, shipped);
        var metrics = new ModelMetricsFile
        {
            Model = ModelMetricsFile.ModelFileName, Design = shipped.ToString(), Seed = ModelTrainer.Seed, DataHash = hash,
            Rows = rows.Count,
            RowsPerLabel = Labels.All.ToDictionary(l => l, l => rows.Count(r => r.Label == l)),
            Thresholds = chosen.Thresholds.Minimums, CrossValidation = chosen.Row.CrossValidation,
            Blind = chosen.Row.Blind, BlindHardNegativesFlagged = chosen.Row.BlindHardNegativesFlagged,
            BlindHardNegatives = hard?.Count, Comparison = candidates.Select(c => c.Row).ToList(),
            Calibration = chosen.Calibration,
        };
        Write(context, final, inputSchema, metrics);
        return metrics;
    }

    private void Write(MLContext ml, ITransformer model, DataViewSchema schema, ModelMetricsFile metrics)
    {
        Directory.CreateDirectory(options.OutputDirectory);
        var modelPath = Path.Combine(options.OutputDirectory, ModelMetricsFile.ModelFileName);
        var temp = modelPath + ".tmp";
        ml.Model.Save(model, schema, temp);
        File.Move(temp, modelPath, overwrite: true);
        Replace(Path.Combine(options.OutputDirectory, ModelMetricsFile.FileName), JsonSerializer.Serialize(metrics, ModelMetricsFile.Json) + "\n");
        var notesPath = Path.Combine(options.OutputDirectory, "CARD-NOTES.md");
        var notes = File.Exists(notesPath) ? File.ReadAllText(notesPath) : null;
        Replace(Path.Combine(options.OutputDirectory, "README.md"), ModelCard.Render(metrics, notes));
        _log($"wrote {modelPath}");
    }

    private static void Replace(string path, string content)
    {
        File.WriteAllText(path + ".tmp", content);
        File.Move(path + ".tmp", path, overwrite: true);
    }
}

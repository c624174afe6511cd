using OutreachLint.Core;

namespace OutreachLint.Classifier;

/// <summary>Accuracy, macro-F1, per-label precision/recall/F1 and the confusion matrix of one evaluation.</summary>
public sealed record ClassificationMetrics(
    int Rows,
    double Accuracy,
    double MacroF1,
    IReadOnlyDictionary<string, LabelMetrics> PerLabel,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Confusion)
{
    /// <summary>Computes the metrics of predicted labels against gold labels.</summary>
    public static ClassificationMetrics Compute(IReadOnlyList<(string Gold, string Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var perLabel = new Dictionary<string, LabelMetrics>();
        var confusion = Labels.All.ToDictionary(
            gold => gold,
            gold => (IReadOnlyDictionary<string, int>)Labels.All.ToDictionary(p => p, p => pairs.Count(x => x.Gold == gold && x.Predicted == p)));
        foreach (var label in Labels.All)
        {
            var tp = pairs.Count(p => p.Gold == label && p.Predicted == label);
            var predicted = pairs.Count(p => p.Predicted == label);
            var support = pairs.Count(p => p.Gold == label);
            var precision = predicted == 0 ? 0 : (double)tp / predicted;
            var recall = support == 0 ? 0 : (double)tp / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perLabel[label] = new LabelMetrics(precision, recall, f1, support);
        }

        var present = perLabel.Values.Where(m => m.Support > 0).ToList();
        return new ClassificationMetrics(
            pairs.Count,
            pairs.Count == 0 ? 0 : (double)pairs.Count(p => p.Gold == p.Predicted) / pairs.Count,
            present.Count == 0 ? 0 : present.Average(m => m.F1),
            perLabel,
            confusion);
    }
}

using OutreachLint.Core;

namespace OutreachLint.Classifier;

/// <summary>
/// Per-label minimum probabilities chosen on out-of-fold predictions: a non-ok label wins only above its threshold,
/// because a false alarm costs a rep's trust more than a missed sentence costs the sale.
/// </summary>
public sealed record ThresholdSet(IReadOnlyDictionary<string, float> Minimums)
{
    /// <summary>No thresholds: plain arg-max.</summary>
    public static ThresholdSet None { get; } = new(new Dictionary<string, float>());

    /// <summary>Decides the label and its confidence from one probability vector.</summary>
    public SentencePrediction Decide(IReadOnlyDictionary<string, float> probabilities)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var best = probabilities.Where(p => p.Key != Labels.Ok).MaxBy(p => p.Value);
        return best.Key is not null && best.Value >= Minimums.GetValueOrDefault(best.Key, 0.5f)
            ? new SentencePrediction(best.Key, best.Value)
            : new SentencePrediction(Labels.Ok, probabilities.GetValueOrDefault(Labels.Ok, 1f));
    }
}

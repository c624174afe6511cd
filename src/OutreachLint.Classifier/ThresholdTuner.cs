using OutreachLint.Core;

namespace OutreachLint.Classifier;

/// <summary>
/// Chooses per-label thresholds on out-of-fold predictions. The objective is macro-F1 minus the share of <c>ok</c>
/// sentences flagged: a false alarm on a genuine partnership costs more than the F1 it buys.
/// </summary>
public static class ThresholdTuner
{
    private const float Lowest = 0.30f;
    private const float Highest = 0.90f;
    private const float Step = 0.025f;

    /// <summary>Tunes thresholds by coordinate ascent over a fixed grid; deterministic for the same input.</summary>
    public static ThresholdSet Tune(IReadOnlyList<LabelScores> outOfFold)
    {
        ArgumentNullException.ThrowIfNull(outOfFold);
        var minimums = Labels.All.Where(l => l != Labels.Ok).ToDictionary(l => l, _ => 0.5f);
        for (var round = 0; round < 2; round++)
        {
            foreach (var label in minimums.Keys.ToList())
            {
                var bestValue = minimums[label];
                var bestScore = Objective(outOfFold, new ThresholdSet(minimums));
                for (var t = Lowest; t <= Highest + 1e-6; t += Step)
                {
                    minimums[label] = t;
                    var score = Objective(outOfFold, new ThresholdSet(minimums));
                    if (score > bestScore + 1e-9)
                    {
                        (bestScore, bestValue) = (score, t);
                    }
                }

                minimums[label] = MathF.Round(bestValue, 3);
            }
        }

        return new ThresholdSet(minimums);
    }

    /// <summary>The quantity the tuner maximises.</summary>
    public static double Objective(IReadOnlyList<LabelScores> scored, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scored);
        ArgumentNullException.ThrowIfNull(thresholds);
        var pairs = scored.Select(s => (s.Gold, thresholds.Decide(s.Probabilities).Label)).ToList();
        var okRows = pairs.Where(p => p.Gold == Labels.Ok).ToList();
        var okFlagged = okRows.Count == 0 ? 0 : (double)okRows.Count(p => p.Label != Labels.Ok) / okRows.Count;
        return ClassificationMetrics.Compute(pairs).MacroF1 - okFlagged;
    }
}

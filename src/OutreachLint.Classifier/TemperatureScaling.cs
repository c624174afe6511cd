namespace OutreachLint.Classifier;

/// <summary>
/// Temperature scaling (Guo et al., 2017): one scalar that softens or sharpens every probability vector,
/// p_k^(1/T) / Σ p_j^(1/T), fitted by minimising the negative log-likelihood of out-of-fold predictions. A lightly
/// regularised maximum-entropy model on sparse n-grams is over-confident; one parameter fixes that without moving
/// the arg-max, and cannot over-fit a few thousand rows the way per-class calibrators can.
/// </summary>
public static class TemperatureScaling
{
    private const double Floor = 1e-7;
    private const double LowestInverse = 0.05;
    private const double HighestInverse = 5.0;

    /// <summary>The temperature that minimises the negative log-likelihood of <paramref name="outOfFold"/>.</summary>
    public static float Fit(IReadOnlyList<LabelScores> outOfFold)
    {
        ArgumentNullException.ThrowIfNull(outOfFold);
        if (outOfFold.Count == 0)
        {
            return 1f;
        }

        // The likelihood is convex in the inverse temperature, so a golden-section search finds its one minimum.
        double lo = LowestInverse, hi = HighestInverse;
        var ratio = (Math.Sqrt(5) - 1) / 2;
        for (var i = 0; i < 80; i++)
        {
            var a = hi - ratio * (hi - lo);
            var b = lo + ratio * (hi - lo);
            if (NegativeLogLikelihood(outOfFold, a) <= NegativeLogLikelihood(outOfFold, b))
            {
                hi = b;
            }
            else
            {
                lo = a;
            }
        }

        return (float)Math.Round(1 / ((lo + hi) / 2), 4);
    }

    /// <summary>Rescales one probability vector by <paramref name="temperature"/>.</summary>
    public static Dictionary<string, float> Apply(IReadOnlyDictionary<string, float> probabilities, float temperature)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var keys = probabilities.Keys.ToArray();
        var values = keys.Select(k => probabilities[k]).ToArray();
        ApplyInPlace(values, temperature);
        return keys.Select((k, i) => (k, values[i])).ToDictionary(x => x.k, x => x.Item2);
    }

    /// <summary>Rescales a probability vector in place; the prediction path's allocation-free form.</summary>
    public static void ApplyInPlace(Span<float> probabilities, float temperature)
    {
        var inverse = 1.0 / temperature;
        var total = 0.0;
        for (var k = 0; k < probabilities.Length; k++)
        {
            var powered = Math.Pow(Math.Max(probabilities[k], Floor), inverse);
            probabilities[k] = (float)powered;
            total += powered;
        }

        for (var k = 0; k < probabilities.Length; k++)
        {
            probabilities[k] = (float)(probabilities[k] / total);
        }
    }

    /// <summary>Rescales every row of <paramref name="scores"/>.</summary>
    public static IReadOnlyList<LabelScores> Apply(IReadOnlyList<LabelScores> scores, float temperature)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return scores.Select(s => s with { Probabilities = Apply(s.Probabilities, temperature) }).ToList();
    }

    /// <summary>Mean negative log-likelihood of the gold labels at inverse temperature <paramref name="inverse"/>.</summary>
    public static double NegativeLogLikelihood(IReadOnlyList<LabelScores> scores, double inverse)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var total = 0.0;
        foreach (var s in scores)
        {
            var logNormaliser = Math.Log(s.Probabilities.Values.Sum(p => Math.Pow(Math.Max(p, Floor), inverse)));
            total += logNormaliser - inverse * Math.Log(Math.Max(s.Probabilities.GetValueOrDefault(s.Gold), Floor));
        }

        return total / scores.Count;
    }
}

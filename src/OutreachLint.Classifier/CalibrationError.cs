namespace OutreachLint.Classifier;

/// <summary>
/// Expected calibration error of the top label: rows binned by their confidence, the gap between each bin's mean
/// confidence and its accuracy, weighted by the bin's size. 0 means "80% sure" is right 80% of the time.
/// </summary>
public static class CalibrationError
{
    /// <summary>The top-label ECE of <paramref name="scores"/> over <paramref name="bins"/> equal-width bins.</summary>
    public static double Expected(IReadOnlyList<LabelScores> scores, int bins = 15)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        if (scores.Count == 0)
        {
            return 0;
        }

        var confidence = new double[bins];
        var correct = new int[bins];
        var count = new int[bins];
        foreach (var s in scores)
        {
            var top = s.Probabilities.MaxBy(p => p.Value);
            var bin = Math.Min(bins - 1, (int)(top.Value * bins));
            confidence[bin] += top.Value;
            correct[bin] += top.Key == s.Gold ? 1 : 0;
            count[bin]++;
        }

        var error = 0.0;
        for (var b = 0; b < bins; b++)
        {
            if (count[b] > 0)
            {
                error += Math.Abs(confidence[b] / count[b] - (double)correct[b] / count[b]) * count[b] / scores.Count;
            }
        }

        return error;
    }
}

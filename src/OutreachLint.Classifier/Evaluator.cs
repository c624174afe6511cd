using OutreachLint.Core;

namespace OutreachLint.Classifier;

/// <summary>Evaluates a classifier on labelled rows; a third TSV column of <c>hard</c> marks hard negatives.</summary>
public static class Evaluator
{
    /// <summary>Classifies every row and compares with its gold label.</summary>
    public static EvaluationResult Evaluate(ISentenceClassifier classifier, IReadOnlyList<LabeledSentence> rows, ISet<int>? hardRows = null)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(rows);
        var predicted = classifier.Classify(rows.Select(r => r.Text).ToArray());
        return Summarise(rows.Select((r, i) => (r.Label, predicted[i].Label)).ToList(), hardRows);
    }

    /// <summary>Decides already scored rows with <paramref name="thresholds"/> and compares with their gold labels.</summary>
    public static EvaluationResult Evaluate(IReadOnlyList<LabelScores> scored, ThresholdSet thresholds, ISet<int>? hardRows = null)
    {
        ArgumentNullException.ThrowIfNull(scored);
        ArgumentNullException.ThrowIfNull(thresholds);
        return Summarise(scored.Select(s => (s.Gold, thresholds.Decide(s.Probabilities).Label)).ToList(), hardRows);
    }

    private static EvaluationResult Summarise(IReadOnlyList<(string Gold, string Predicted)> pairs, ISet<int>? hardRows)
    {
        var hard = hardRows ?? new HashSet<int>();
        var hardFlagged = hard.Count == 0 ? 0 : (double)hard.Count(i => pairs[i].Predicted != Labels.Ok) / hard.Count;
        return new EvaluationResult(ClassificationMetrics.Compute(pairs), hard.Count, hardFlagged);
    }

    /// <summary>Indexes of rows whose TSV line has a third column equal to <c>hard</c>.</summary>
    public static ISet<int> HardRows(IReadOnlyList<LabeledSentence> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var byFile = rows.Select(r => r.File).Distinct().ToDictionary(f => f, f => File.ReadAllLines(f));
        return rows.Select((r, i) => (r, i))
            .Where(x => byFile[x.r.File][x.r.Line - 1].Split('\t') is { Length: > 2 } cells && cells[2].Trim() == "hard")
            .Select(x => x.i)
            .ToHashSet();
    }
}

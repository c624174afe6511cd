namespace OutreachLint.Classifier;

/// <summary>Metrics of one evaluation, plus the share of hard negatives (rows marked <c>hard</c>) that were flagged.</summary>
public sealed record EvaluationResult(ClassificationMetrics Metrics, int HardNegatives, double HardNegativesFlagged);

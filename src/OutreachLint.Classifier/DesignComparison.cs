namespace OutreachLint.Classifier;

/// <summary>One row of the model card's comparison table.</summary>
/// <param name="Design">The design's name.</param>
/// <param name="CrossValidation">5-fold metrics with the design's own tuned thresholds.</param>
/// <param name="OkFlaggedCv">Share of gold-ok rows flagged in cross-validation with tuned thresholds.</param>
/// <param name="Blind">Metrics on the blind set, when one was given.</param>
/// <param name="BlindHardNegativesFlagged">Share of the blind set's hard negatives flagged.</param>
/// <param name="TrainSeconds">Wall time of the cross-validation and blind fit.</param>
/// <param name="Temperature">The calibration temperature fitted on the design's out-of-fold predictions.</param>
public sealed record DesignComparison(
    string Design,
    ClassificationMetrics CrossValidation,
    double OkFlaggedCv,
    ClassificationMetrics? Blind,
    double? BlindHardNegativesFlagged,
    double TrainSeconds,
    float Temperature = 1f);

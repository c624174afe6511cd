namespace OutreachLint.Classifier;

/// <summary>The fitted temperature and what it did to the expected calibration error, out of fold and on the blind set.</summary>
/// <param name="Temperature">Divides the log-probabilities; above 1 softens an over-confident model.</param>
/// <param name="CrossValidationErrorBefore">Top-label ECE of the out-of-fold predictions before scaling.</param>
/// <param name="CrossValidationErrorAfter">The same after scaling (fitted on these rows, so optimistic).</param>
/// <param name="BlindErrorBefore">Top-label ECE on the blind set before scaling, when one was given.</param>
/// <param name="BlindErrorAfter">The same after scaling: the honest figure.</param>
public sealed record CalibrationReport(
    float Temperature,
    double CrossValidationErrorBefore,
    double CrossValidationErrorAfter,
    double? BlindErrorBefore,
    double? BlindErrorAfter);

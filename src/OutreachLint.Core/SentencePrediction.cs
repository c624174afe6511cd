namespace OutreachLint.Core;

/// <summary>The classifier's verdict on one sentence.</summary>
/// <param name="Label">One of <see cref="Labels"/>.</param>
/// <param name="Confidence">Calibrated probability of <paramref name="Label"/>, 0–1.</param>
public sealed record SentencePrediction(string Label, float Confidence);

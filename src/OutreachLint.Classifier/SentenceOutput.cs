using Microsoft.ML.Data;

namespace OutreachLint.Classifier;

/// <summary>The model's output schema: the winning label and one probability per label in key order.</summary>
public sealed class SentenceOutput
{
    [ColumnName("PredictedLabel")]
    public string PredictedLabel { get; set; } = "";

    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}

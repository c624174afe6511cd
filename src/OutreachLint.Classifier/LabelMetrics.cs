namespace OutreachLint.Classifier;

/// <summary>Precision, recall and F1 of one label, with how many gold rows it had.</summary>
public sealed record LabelMetrics(double Precision, double Recall, double F1, int Support);

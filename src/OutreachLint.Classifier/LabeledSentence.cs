namespace OutreachLint.Classifier;

/// <summary>One row of a labelled TSV, with where it came from so errors and reviews can point at it.</summary>
public sealed record LabeledSentence(string Label, string Text, string File, int Line);

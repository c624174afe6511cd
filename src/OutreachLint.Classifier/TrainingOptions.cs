namespace OutreachLint.Classifier;

/// <summary>What <see cref="TrainingRun"/> reads and writes.</summary>
/// <param name="DataDirectory">Folder of labelled TSV files.</param>
/// <param name="OutputDirectory">Where the model zip, metrics and model card go.</param>
/// <param name="BlindFile">A blind test TSV, evaluated and reported, never trained or tuned on.</param>
/// <param name="Designs">The designs to compare; the one with the best cross-validated objective ships.</param>
public sealed record TrainingOptions(
    string DataDirectory,
    string OutputDirectory,
    string? BlindFile,
    IReadOnlyList<ModelDesign> Designs);

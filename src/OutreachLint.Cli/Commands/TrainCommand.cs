using System.CommandLine;
using OutreachLint.Classifier;

namespace OutreachLint.Cli.Commands;

/// <summary><c>outreachlint train</c>: trains from <c>training-data/</c> with a fixed seed and writes <c>models/</c>.</summary>
internal sealed class TrainCommand : Command
{
    public Option<string?> Data { get; } = new("--data") { Description = "Folder of labelled TSV files (default: training-data/ of this repository)" };

    public Option<string?> Output { get; } = new("--output") { Description = "Where to write the model, metrics and card (default: models/)" };

    public Option<string?> Blind { get; } = new("--blind") { Description = "Blind test TSV to report (default: tests/data/blind/blind-sentences.tsv when present)" };

    public Option<ModelDesign[]> Designs { get; } = new("--design") { Description = "Designs to compare (default: all); repeat the option for several", AllowMultipleArgumentsPerToken = true };

    public Option<bool> CardOnly { get; } = new("--card-only") { Description = "Only re-render models/README.md from metrics.json and CARD-NOTES.md (no training)" };

    public TrainCommand()
        : base("train", "Train the classifier from training-data/ and write models/")
    {
        Options.Add(Data);
        Options.Add(Output);
        Options.Add(Blind);
        Options.Add(Designs);
        Options.Add(CardOnly);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var root = parse.GetValue(Data) is null || parse.GetValue(Output) is null ? RepositoryPaths.Root() : "";
        var data = parse.GetValue(Data) ?? Path.Combine(root, "training-data");
        var output = parse.GetValue(Output) ?? Path.Combine(root, "models");
        var blind = parse.GetValue(Blind) ?? Path.Combine(root, "tests", "data", "blind", "blind-sentences.tsv");
        if (!Directory.Exists(data))
        {
            throw new UsageException($"{data}: no such folder of training data");
        }

        if (parse.GetValue(CardOnly))
        {
            var metricsPath = Path.Combine(output, ModelMetricsFile.FileName);
            var notesPath = Path.Combine(output, "CARD-NOTES.md");
            var card = ModelCard.Render(ModelMetricsFile.Read(metricsPath), File.Exists(notesPath) ? File.ReadAllText(notesPath) : null);
            File.WriteAllText(Path.Combine(output, "README.md"), card);
            return ExitCodes.Clean;
        }

        var designs = parse.GetValue(Designs) is { Length: > 0 } chosen ? chosen : Enum.GetValues<ModelDesign>();
        var run = new TrainingRun(new TrainingOptions(data, output, File.Exists(blind) ? blind : null, designs), Console.Error.WriteLine);
        var metrics = run.Run();
        Console.Out.WriteLine($"trained {metrics.Design} on {metrics.Rows} rows ({metrics.DataHash}); CV macro-F1 {metrics.CrossValidation.MacroF1:0.000}"
            + (metrics.Blind is null ? "" : $"; blind macro-F1 {metrics.Blind.MacroF1:0.000}, hard negatives flagged {metrics.BlindHardNegativesFlagged:P1}"));
        return ExitCodes.Clean;
    }
}

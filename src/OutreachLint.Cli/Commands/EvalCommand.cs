using System.CommandLine;
using System.Text.Json;
using OutreachLint.Classifier;

namespace OutreachLint.Cli.Commands;

/// <summary><c>outreachlint eval --data FILE.tsv</c>: accuracy, macro-F1 and per-label figures of a model on labelled rows.</summary>
internal sealed class EvalCommand : Command
{
    public Option<string> Data { get; } = new("--data") { Description = "Labelled TSV (header label<TAB>text; extra columns ignored, a third column 'hard' marks hard negatives)", Required = true };

    public Option<string?> Model { get; } = new("--model") { Description = "Model zip (default: the shipped model)" };

    public Option<string> Format { get; } = FormatOption.Create("text", "json");

    public EvalCommand()
        : base("eval", "Evaluate the classifier on a labelled TSV")
    {
        Options.Add(Data);
        Options.Add(Model);
        Options.Add(Format);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var rows = TrainingDataReader.ReadFile(parse.GetValue(Data)!);
        using var classifier = ModelLocator.Load(ModelLocator.Find(parse.GetValue(Model)));
        var result = Evaluator.Evaluate(classifier, rows, Evaluator.HardRows(rows));
        var m = result.Metrics;
        if (parse.GetValue(Format) == "json")
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(new
            {
                rows = m.Rows, accuracy = m.Accuracy, macroF1 = m.MacroF1, perLabel = m.PerLabel, confusion = m.Confusion,
                hardNegatives = result.HardNegatives, hardNegativesFlagged = result.HardNegativesFlagged,
            }, ModelMetricsFile.Json));
            return ExitCodes.Clean;
        }

        Console.Out.WriteLine($"rows {m.Rows}  accuracy {m.Accuracy:0.000}  macro-F1 {m.MacroF1:0.000}");
        foreach (var (label, l) in m.PerLabel)
        {
            Console.Out.WriteLine($"{label,-18} precision {l.Precision:0.000}  recall {l.Recall:0.000}  f1 {l.F1:0.000}  support {l.Support}");
        }

        if (result.HardNegatives > 0)
        {
            Console.Out.WriteLine($"hard negatives: {result.HardNegatives}, flagged {result.HardNegativesFlagged:P1}");
        }

        return ExitCodes.Clean;
    }
}

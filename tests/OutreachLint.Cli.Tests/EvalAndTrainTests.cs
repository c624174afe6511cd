using System.Text;

namespace OutreachLint.Cli.Tests;

/// <summary><c>eval</c> metrics, and the one-line errors of <c>eval</c> and <c>train</c> on malformed TSV.</summary>
public sealed class EvalAndTrainTests
{
    private static readonly string[] Labels = ["disguised-selling", "favor-ask", "seller-centric", "ok"];

    /// <summary>Malformed TSV files: name, bytes, and the line the error must name.</summary>
    public static TheoryData<string, byte[], int> Malformed() => new()
    {
        { "no-header", Encoding.UTF8.GetBytes("ok\tThe invoice is attached.\n"), 1 },
        { "unknown-label", Encoding.UTF8.GetBytes("label\ttext\nok\tThe invoice is attached.\npitchy\tLet's partner up.\n"), 3 },
        { "empty-text", Encoding.UTF8.GetBytes("label\ttext\nok\tThe invoice is attached.\nok\tFine.\nfavor-ask\t   \n"), 4 },
        { "invalid-utf8", [.. Encoding.UTF8.GetBytes("label\ttext\nok\tThe invoice is attached.\nok\tCaf"), 0xE9, .. Encoding.UTF8.GetBytes(" is booked.\n")], 3 },
    };

    [Fact]
    public async Task Eval_WhenFormatJson_ReportsRowsAccuracyMacroF1AndPerLabelFigures()
    {
        using var work = new Workspace();
        var data = work.Copy("eval-small.tsv");

        var run = await work.RunAsync("eval", "--data", data, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = run.Json();
        var root = json.RootElement;
        Assert.Equal(12, root.GetProperty("rows").GetInt32());
        Assert.InRange(root.GetProperty("accuracy").GetDouble(), 0.5, 1);
        Assert.InRange(root.GetProperty("macroF1").GetDouble(), 0.4, 1);
        var perLabel = root.GetProperty("perLabel");
        foreach (var label in Labels)
        {
            var figures = perLabel.GetProperty(label);
            foreach (var field in new[] { "precision", "recall", "f1" })
            {
                Assert.InRange(figures.GetProperty(field).GetDouble(), 0, 1);
            }

            Assert.Equal(3, figures.GetProperty("support").GetInt32());
        }
    }

    [Fact]
    public async Task Eval_WhenFormatText_PrintsOneLinePerLabel()
    {
        using var work = new Workspace();
        var data = work.Copy("eval-small.tsv");

        var run = await work.RunAsync("eval", "--data", data);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("rows 12  accuracy ", run.Stdout, StringComparison.Ordinal);
        Assert.All(Labels, label => Assert.Contains($"\n{label}", run.Stdout, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task Eval_WhenTsvIsMalformed_Exits2WithOneLineNamingFileAndLine(string name, byte[] content, int line)
    {
        using var work = new Workspace();
        var file = work.Full(name + ".tsv");
        File.WriteAllBytes(file, content);

        var run = await work.RunAsync("eval", "--data", file, "--format", "json");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Empty(run.Stdout);
        Assert.StartsWith($"outreachlint: {file}:{line}: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task Train_WhenTsvIsMalformed_Exits2WithOneLineAndWritesNothing(string name, byte[] content, int line)
    {
        using var work = new Workspace();
        var file = work.Full(Path.Combine("data", name + ".tsv"));
        Directory.CreateDirectory(work.Full("data"));
        File.WriteAllText(work.Full("data/a-good.tsv"), "label\ttext\nok\tThe invoice is attached.\n");
        File.WriteAllBytes(file, content);
        var output = work.Full("model-out");

        var run = await work.RunAsync("train", "--data", "data", "--output", output);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith($"outreachlint: data{Path.DirectorySeparatorChar}{name}.tsv:{line}: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any(), "train wrote into --output");
    }

    [Fact]
    public async Task Train_WhenDataFolderDoesNotExist_Exits2WithOneLine()
    {
        using var work = new Workspace();
        var output = work.Full("model-out");

        var run = await work.RunAsync("train", "--data", "no-such-folder", "--output", output);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("no-such-folder", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task Eval_WhenDataFileDoesNotExist_Exits2WithOneLine()
    {
        using var work = new Workspace();

        var run = await work.RunAsync("eval", "--data", "no-such.tsv");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("no-such.tsv", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}

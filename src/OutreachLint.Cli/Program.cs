using System.CommandLine;
using System.Text;
using OutreachLint.Classifier;
using OutreachLint.Cli;
using OutreachLint.Cli.Commands;

var root = new RootCommand("OutreachLint: catches disguised selling, favour-asks and seller-centric talk in sales emails, and suggests a better sentence.")
{
    new CheckCommand(),
    new ExtractCommand(),
    new TrainCommand(),
    new EvalCommand(),
};

// Mail arrives in ISO-2022-JP, Shift_JIS, KOI8-R and more; .NET ships only Unicode and Latin-1 until this runs.
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

try
{
    var parse = root.Parse(args);
    if (parse.Errors.Count > 0)
    {
        foreach (var error in parse.Errors)
        {
            Console.Error.WriteLine($"outreachlint: {error.Message}");
        }

        return ExitCodes.Usage;
    }

    return await parse.InvokeAsync();
}
catch (Exception e) when (e is UsageException or TrainingDataException)
{
    Console.Error.WriteLine($"outreachlint: {e.Message}");
    return ExitCodes.Usage;
}

using System.CommandLine;
using OutreachLint.Classifier;
using OutreachLint.Cli;
using OutreachLint.Cli.Commands;

var root = new RootCommand("OutreachLint: catches disguised selling, favour-asks and seller-centric talk in sales emails, and suggests a better sentence.")
{
    new TrainCommand(),
    new EvalCommand(),
};

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

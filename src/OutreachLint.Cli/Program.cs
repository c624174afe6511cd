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
    new AuditCommand(),
    new ServeCommand(),
    new LoginCommand(),
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
            // Some parser messages list choices on indented lines; keep each error on one line for scripts.
            Console.Error.WriteLine($"outreachlint: {string.Join(' ', error.Message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))}");
        }

        return ExitCodes.Usage;
    }

    // Without this, System.CommandLine catches exceptions thrown by a command's action itself, prints a stack trace and
    // exits 1 ("findings"), so configuration and data errors would never reach the one-line message and exit 2 below.
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is UsageException or TrainingDataException or ModelLoadException)
{
    Console.Error.WriteLine($"outreachlint: {e.Message}");
    return ExitCodes.Usage;
}
catch (OperationCanceledException)
{
    // Ctrl-C: the action stopped cleanly; 130 is the shell's code for SIGINT.
    return 130;
}

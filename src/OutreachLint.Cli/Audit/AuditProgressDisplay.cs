using Spectre.Console;

namespace OutreachLint.Cli.Audit;

/// <summary>
/// Shows the audit's progress on standard error: a live Spectre.Console display on a terminal, plain lines when
/// redirected (logs from cron or a systemd timer), so standard output carries only the report.
/// </summary>
internal static class AuditProgressDisplay
{
    private const int PlainEvery = 1000;

    /// <summary>Runs <paramref name="work"/>, handing it the callback that reports each input's progress.</summary>
    public static async Task RunAsync(Func<Action<IngestStatus>, Task> work)
    {
        if (Console.IsErrorRedirected)
        {
            var lastLine = new Dictionary<string, int>();
            await work(status => Plain(status, lastLine)).ConfigureAwait(false);
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new SpinnerColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                await work(status =>
                {
                    if (!tasks.TryGetValue(status.Input, out var task))
                    {
                        tasks[status.Input] = task = context.AddTask(Markup.Escape(status.Input));
                        task.IsIndeterminate = true;
                    }

                    task.Description = Markup.Escape(Describe(status));
                    if (status.Done)
                    {
                        task.IsIndeterminate = false;
                        task.Value = task.MaxValue;
                        task.StopTask();
                    }
                }).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    private static void Plain(IngestStatus status, Dictionary<string, int> lastLine)
    {
        var previous = lastLine.GetValueOrDefault(status.Input);
        if (status.Done || status.Read - previous >= PlainEvery)
        {
            lastLine[status.Input] = status.Read;
            Console.Error.WriteLine($"outreachlint: audit: {Describe(status)}");
        }
    }

    private static string Describe(IngestStatus s) =>
        $"{s.Input}: {s.Read} read, {s.Recorded} new, {s.Known} already recorded, {s.Outside} outside the window{(s.Errors > 0 ? $", {s.Errors} unreadable" : "")}{(s.Done ? " (done)" : "")}";
}

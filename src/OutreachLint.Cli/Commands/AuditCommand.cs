using System.CommandLine;
using OutreachLint.Classifier;
using OutreachLint.Cli.Audit;
using OutreachLint.Core;
using OutreachLint.Mail.Extraction;
using OutreachLint.Mail.Sources;
using OutreachLint.Reporting.Audit;
using OutreachLint.Reporting.History;

namespace OutreachLint.Cli.Commands;

/// <summary><c>outreachlint audit INPUT...</c>: the manager's weekly audit of sent prospecting mail, kept incrementally in SQLite.</summary>
internal sealed class AuditCommand : Command
{
    /// <summary>The conventional exit code of a process stopped by Ctrl-C.</summary>
    public const int Interrupted = 130;

    public InputOptions Input { get; } = new();

    public SmtpOptions Smtp { get; } = new();

    public Option<string> Format { get; } = FormatOption.Create("text", "json", "csv");

    public Option<string?> History { get; } = new("--history") { Description = $"History file (default: {AuditHistory.DefaultPath})" };

    public Option<string?> Report { get; } = new("--report") { Description = "Also write a self-contained HTML report to FILE.html" };

    public Option<string> FailOn { get; } = new("--fail-on") { Description = "Lowest severity of a finding in the window that makes the exit code 1: info|warning|error|never", DefaultValueFactory = _ => "never" };

    public Option<int> Examples { get; } = new("--examples") { Description = "How many worst examples to show", DefaultValueFactory = _ => 5 };

    public Option<bool> Rescan { get; } = new("--rescan") { Description = "Lint every message in the window again, even those already in history" };

    public Option<string?> Model { get; } = new("--model") { Description = "Model zip (default: the shipped model)" };

    public Option<string?> Config { get; } = new("--config") { Description = $"Configuration file (default: {ConfigLoader.FileName} found from here upward, plus the user-level file)" };

    public AuditCommand()
        : base("audit", "Audit sent prospecting mail per rep and week, incrementally, with history in SQLite")
    {
        Input.AddTo(this);
        Input.Since.Description = "Only mail sent on or after DATE (yyyy-mm-dd), within the last Nd, or since the last completed audit (last)";
        FailOn.AcceptOnlyFromAmong("info", "warning", "error", "never");
        foreach (var option in new Option[] { Format, History, Report, FailOn, Examples, Rescan, Model, Config })
        {
            Options.Add(option);
        }

        Smtp.AddTo(this);
        SetAction((parse, ct) => RunAsync(parse, ct));
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        // The audit keeps the built-in rewriter: a model call per flagged sentence of a week's mail costs too much for a report.
        var (lintOptions, settings, _, _) = ConfigLoader.Load(parse.GetValue(Config));
        var smtp = Smtp.ToSettings(parse);
        var reportPath = CheckReportPath(parse.GetValue(Report));
        var inputs = parse.GetValue(Input.Inputs)!;
        var keys = inputs.Select(AuditInputs.Key).ToList();
        var rescan = parse.GetValue(Rescan);
        using var history = OpenHistory(parse.GetValue(History) ?? AuditHistory.DefaultPath);
        var (window, note) = AuditWindowParser.Parse(parse.GetValue(Input.Since), parse.GetValue(Input.Before), keys, history);
        if (note is not null)
        {
            Console.Error.WriteLine($"outreachlint: audit: {note}");
        }

        var resume = rescan ? [] : history.Folders().Where(f => f.Covers(window.SinceDay, window.BeforeDay)).ToList();
        var imap = Input.ToImapOptions(parse, window.SinceDay, window.BeforeDay, [.. resume.Select(f => new ImapLocation(f.FolderUrl, f.UidValidity, f.HighestUid))]);
        await SignInPreflight.EnsureAsync(imap, inputs, ct).ConfigureAwait(false);
        // The model loads only when a message needs linting: a weekly run with nothing new should not pay for it.
        var modelPath = ModelLocator.Find(parse.GetValue(Model));
        // Suggestions are made later, only for the examples the report shows: for a week of mail they cost more than the judging.
        var loaded = new Lazy<(LintEngine Engine, PooledSentenceClassifier Classifier)>(() => EngineFactory.Create(modelPath, lintOptions with { Suggestions = false }));
        var engine = new Lazy<LintEngine>(() => loaded.Value.Engine);
        using var _ = new LazyDisposal(() => loaded.IsValueCreated ? loaded.Value.Classifier : null);
        var reader = new DocumentReader(new MessageSourceFactory(imap), new AuthorTextExtractor());
        var runId = history.StartRun(keys, window);
        var ingester = new AuditIngester(reader, engine, history, runId, window, settings.CompanyDomains,
            resume.Select(f => f.FolderUrl).ToHashSet(StringComparer.Ordinal), rescan);
        try
        {
            await AuditProgressDisplay.RunAsync(async progress =>
            {
                for (var i = 0; i < inputs.Length; i++)
                {
                    await ingester.IngestAsync(inputs[i], keys[i], progress, ct).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            history.FinishRun(runId, RunStatus.Cancelled, ingester.Result.Errors.Count);
            Console.Error.WriteLine($"outreachlint: audit interrupted: {ingester.Result.Recorded} messages recorded; run again to complete the window");
            return Interrupted;
        }
        catch
        {
            history.FinishRun(runId, RunStatus.Failed, ingester.Result.Errors.Count);
            throw;
        }

        var result = ingester.Result;
        history.FinishRun(runId, RunStatus.Completed, result.Errors.Count);
        foreach (var error in result.Errors)
        {
            Console.Error.WriteLine($"outreachlint: error: {error}");
        }

        var summary = history.Summarize(keys, window, parse.GetValue(Examples));
        var report = AuditAggregator.Build(summary, window, new SenderDirectory(settings.Aliases, settings.Teams))
            with { Inputs = inputs, Errors = result.Errors.Count };
        report = ExampleSuggestions.Complete(report, history, document => engine.Value.LintWithSuggestions(document));
        // The author's own text is kept only as long as a report is likely to show the message for the first time.
        history.ForgetPendingBefore(DateTimeOffset.UtcNow - AuditHistory.PendingTextKept);
        Write(parse.GetValue(Format)!, report);
        var mailed = await DeliverAsync(report, reportPath, smtp, ct).ConfigureAwait(false);
        if (result.Errors.Count > 0 || !mailed)
        {
            return ExitCodes.InputErrors;
        }

        return ReachesFailOn(summary, parse.GetValue(FailOn)!) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static void Write(string format, AuditReport report)
    {
        switch (format)
        {
            case "json":
                using (var stdout = Console.OpenStandardOutput())
                {
                    AuditJsonWriter.Write(stdout, report);
                }

                Console.Out.WriteLine();
                break;
            case "csv":
                AuditCsvWriter.Write(Console.Out, report);
                break;
            default:
                AuditTerminalRenderer.Write(report);
                break;
        }
    }

    /// <summary>Writes the HTML report file and mails it; false when mailing failed (already reported on stderr).</summary>
    private static async Task<bool> DeliverAsync(AuditReport report, string? reportPath, SmtpSettings? smtp, CancellationToken ct)
    {
        if (reportPath is null && smtp is null)
        {
            return true;
        }

        var html = new StringWriter();
        AuditHtmlWriter.Write(html, report);
        if (reportPath is not null)
        {
            // Write beside, then move: a scheduled run never leaves a half-written report for someone to open.
            var temp = reportPath + ".tmp";
            await File.WriteAllTextAsync(temp, html.ToString(), ct).ConfigureAwait(false);
            File.Move(temp, reportPath, overwrite: true);
        }

        if (smtp is null)
        {
            return true;
        }

        var summary = new StringWriter();
        AuditTextWriter.Write(summary, report);
        try
        {
            await ReportMailer.SendAsync(smtp, $"Outreach audit {report.Window}: {report.MessagesFlagged} of {report.MessagesScanned} flagged",
                html.ToString(), summary.ToString(), ct).ConfigureAwait(false);
            return true;
        }
        catch (ReportMailException e)
        {
            Console.Error.WriteLine($"outreachlint: {e.Message}");
            return false;
        }
    }

    private static bool ReachesFailOn(WindowSummary summary, string failOn) =>
        failOn != "never" && AuditAggregator.Reaches(summary, Enum.Parse<Severity>(failOn, ignoreCase: true));

    private static AuditHistory OpenHistory(string path)
    {
        try
        {
            return AuditHistory.Open(path);
        }
        catch (HistoryException e)
        {
            throw new UsageException($"--history: {e.Message}");
        }
    }

    private static string? CheckReportPath(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return Directory.Exists(directory) ? Path.GetFullPath(path) : throw new UsageException($"--report {path}: folder {directory} does not exist");
    }
}

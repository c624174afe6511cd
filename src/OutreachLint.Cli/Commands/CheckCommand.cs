using System.CommandLine;
using OutreachLint.Core;
using OutreachLint.Mail.Extraction;
using OutreachLint.Mail.Sources;
using OutreachLint.Reporting;

namespace OutreachLint.Cli.Commands;

/// <summary><c>outreachlint check INPUT...</c>: the rep's pre-send linter.</summary>
internal sealed class CheckCommand : Command
{
    private const int Batch = 256;

    public InputOptions Input { get; } = new();

    public Option<string> Format { get; } = FormatOption.Create("text", "json", "sarif");

    public Option<string> FailOn { get; } = new("--fail-on") { Description = "Lowest severity that makes the exit code 1: info|warning|error|never", DefaultValueFactory = _ => "warning" };

    public Option<string?> Model { get; } = new("--model") { Description = "Model zip (default: the shipped model)" };

    public Option<string?> Config { get; } = new("--config") { Description = $"Configuration file (default: {ConfigLoader.FileName} found from here upward, plus the user-level file)" };

    public Option<string?> FixOut { get; } = new("--fix-out") { Description = "Write a revised copy of each flagged draft into DIR (inputs are never changed)" };

    public Option<bool> Outreach { get; } = new("--outreach") { Description = "Judge every message as prospecting mail, even without a From/To envelope (plain-text drafts)" };

    public CheckCommand()
        : base("check", "Check drafts or sent mail for disguised selling, favour-asks and seller-centric talk")
    {
        Input.AddTo(this);
        FailOn.AcceptOnlyFromAmong("info", "warning", "error", "never");
        Options.Add(Format);
        Options.Add(FailOn);
        Options.Add(Model);
        Options.Add(Config);
        Options.Add(FixOut);
        Options.Add(Outreach);
        SetAction((parse, ct) => RunAsync(parse, ct));
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var (options, _, chat, _) = ConfigLoader.Load(parse.GetValue(Config));
        options = parse.GetValue(Outreach) ? options with { AssumeOutreach = true } : options;
        var imap = Input.ToImapOptions(parse);
        await SignInPreflight.EnsureAsync(imap, parse.GetValue(Input.Inputs)!, ct);
        var reader = new DocumentReader(new MessageSourceFactory(imap), new AuthorTextExtractor());
        await using var engine = EngineFactory.Start(parse.GetValue(Model), options, chat);
        var results = new List<LintResult>();
        var pending = new List<EmailDocument>();
        var originals = new Dictionary<EmailDocument, string>(ReferenceEqualityComparer.Instance);
        await foreach (var (item, document) in reader.ReadAsync(parse.GetValue(Input.Inputs)!, ct))
        {
            if (item.PlainText is { } original && parse.GetValue(FixOut) is not null)
            {
                originals[document] = original;
            }

            pending.Add(document);
            if (pending.Count == Batch)
            {
                results.AddRange((await engine.GetAsync()).LintBatch(pending));
                pending.Clear();
            }
        }

        results.AddRange((await engine.GetAsync()).LintBatch(pending));
        Write(parse.GetValue(Format)!, results);
        if (parse.GetValue(FixOut) is { } fixOut)
        {
            RevisedDraftWriter.WriteAll(fixOut, results, d => originals.GetValueOrDefault(d));
        }

        return ExitCode(results, parse.GetValue(FailOn)!);
    }

    private static void Write(string format, IReadOnlyList<LintResult> results)
    {
        switch (format)
        {
            case "json":
                using (var stdout = Console.OpenStandardOutput())
                {
                    JsonReportWriter.Write(stdout, results);
                }

                Console.Out.WriteLine();
                break;
            case "sarif":
                using (var stdout = Console.OpenStandardOutput())
                {
                    SarifReportWriter.Write(stdout, results, typeof(CheckCommand).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
                }

                Console.Out.WriteLine();
                break;
            default:
                if (TerminalRenderer.UseColor())
                {
                    TerminalRenderer.Write(results);
                }
                else
                {
                    TextReportWriter.Write(Console.Out, Console.Error, results);
                }

                break;
        }
    }

    /// <summary>3 when any input could not be read, else 1 when a finding reaches <paramref name="failOn"/>, else 0.</summary>
    internal static int ExitCode(IReadOnlyList<LintResult> results, string failOn)
    {
        if (results.Any(r => r.Document.Error is not null))
        {
            return ExitCodes.InputErrors;
        }

        if (failOn == "never")
        {
            return ExitCodes.Clean;
        }

        var threshold = Enum.Parse<Severity>(failOn, ignoreCase: true);
        return results.SelectMany(r => r.Findings).Any(f => f.Severity >= threshold) ? ExitCodes.Findings : ExitCodes.Clean;
    }
}

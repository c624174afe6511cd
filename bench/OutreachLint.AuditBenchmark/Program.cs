using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MailKit;
using MailKit.Net.Imap;
using MimeKit;
using OutreachLint.Imap.Tests.Harness;

// Audit benchmark (issue 5, item 5): 20,000 prospecting messages from 10 senders in a loopback Dovecot Sent folder.
//   (a) bare MailKit whole-folder fetch: Fetch UIDs, GetStreams + MimeMessage.Load;
//   (b) `outreachlint audit` of the same folder, published binary, wall time and peak RSS;
//   (c) the same audit again with nothing new;
//   (d) the same bare fetch, and the least an IMAP session can do (connect, log in, open, search), each as a fresh
//       process (OutreachLint.BareFetch, published like the CLI): the audit is a fresh process, so these are the
//       baselines it starts level with.
// Usage: OutreachLint.AuditBenchmark PUBLISHED_CLI_DIR PUBLISHED_BAREFETCH_DIR WORK_DIR [MESSAGES]
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: OutreachLint.AuditBenchmark PUBLISHED_CLI_DIR PUBLISHED_BAREFETCH_DIR WORK_DIR [MESSAGES]");
    return 2;
}

var cli = Path.Join(Path.GetFullPath(args[0]), "outreachlint");
var bareCli = Path.Join(Path.GetFullPath(args[1]), "OutreachLint.BareFetch");
var work = Path.GetFullPath(args[2]);
var total = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20_000;
Directory.CreateDirectory(work);
const string User = "bench";
const string Password = "benchpass";
var inv = CultureInfo.InvariantCulture;

using var server = new DovecotServer(new Dictionary<string, string> { [User] = Password });
Console.WriteLine($"dovecot on 127.0.0.1:{server.ImapsPort} (imaps), root {server.Root}");

// ---- seed -----------------------------------------------------------------------------------------------------
var seed = Stopwatch.StartNew();
await BenchMailbox.SeedAsync(server, User, "Sent", total, ProspectingCorpus.Message);
seed.Stop();
Console.WriteLine($"seeded {total} messages (MULTIAPPEND x100) in {seed.Elapsed.TotalSeconds.ToString("F2", inv)} s " +
                  $"({(total / seed.Elapsed.TotalSeconds).ToString("F0", inv)} msgs/s)");

// Repeated sentences are classified once per batch, so how repetitive the mail is matters to the figures.
var segmenter = new OutreachLint.Core.SentenceSegmenter();
var sentences = Enumerable.Range(0, total).SelectMany(i => segmenter.Split(ProspectingCorpus.Message(i).TextBody ?? "")).Select(x => x.Text).ToList();
var distinct = sentences.Distinct(StringComparer.Ordinal).Count();

// ---- (a) bare MailKit fetch -----------------------------------------------------------------------------------
var bare = Stopwatch.StartNew();
var loaded = 0;
await BenchMailbox.FetchWholeAsync(server, User, "Sent", (_, message) =>
{
    if (message.From.Count > 0)
    {
        loaded++;
    }
});

bare.Stop();
var bareSeconds = bare.Elapsed.TotalSeconds;
var bareRate = loaded / bareSeconds;

// ---- (b), (c) audit -------------------------------------------------------------------------------------------
var history = Path.Join(work, "h.db");
foreach (var f in new[] { history, history + "-wal", history + "-shm" })
{
    File.Delete(f);
}

var url = $"imaps://{User}@127.0.0.1:{server.ImapsPort}/Sent";
var bareFresh = RunBare(bareCli, "fetch", url, server.CaFile, Password);
var first = RunAudit(cli, url, server.CaFile, history, Password, work, "first");
var second = RunAudit(cli, url, server.CaFile, history, Password, work, "second");
var session = RunBare(bareCli, "session", url, server.CaFile, Password);

var auditRate = total / first.Seconds;
Console.WriteLine();
Console.WriteLine($"messages in Sent:         {total} from 10 senders; {sentences.Count} sentences in their bodies, {distinct} distinct ({(100.0 * distinct / sentences.Count).ToString("F0", inv)}%)");
Console.WriteLine($"bare MailKit fetch:       {bareSeconds.ToString("F2", inv)} s, {bareRate.ToString("F0", inv)} msgs/s ({loaded} loaded), in this process");
Console.WriteLine($"bare fetch, own process:  {bareFresh.Seconds.ToString("F2", inv)} s, {(total / bareFresh.Seconds).ToString("F0", inv)} msgs/s ({bareFresh.Output} loaded, exit {bareFresh.Exit})");
Console.WriteLine($"audit, first run:         {first.Seconds.ToString("F2", inv)} s, {auditRate.ToString("F0", inv)} msgs/s (exit {first.Exit})");
Console.WriteLine($"speed ratio audit/bare:   {(auditRate / bareRate).ToString("F3", inv)} (goal >= 0.5); " +
                  $"against the bare fetch in its own process {(bareFresh.Seconds / first.Seconds).ToString("F3", inv)}");
Console.WriteLine($"peak RSS, first run:      {first.PeakRssMb.ToString("F1", inv)} MB (goal <= 400); CPU {first.CpuSeconds.ToString("F2", inv)} s (user + system, of 2 cores)");
Console.WriteLine($"audit, second run:        {second.Seconds.ToString("F2", inv)} s (exit {second.Exit}), " +
                  $"{(100 * second.Seconds / first.Seconds).ToString("F1", inv)}% of first (goal <= 5%), peak RSS {second.PeakRssMb.ToString("F1", inv)} MB");
Console.WriteLine($"bare session, own process: {session.Seconds.ToString("F2", inv)} s (connect, TLS, login, EXAMINE, SEARCH; exit {session.Exit}): " +
                  $"{(100 * session.Seconds / first.Seconds).ToString("F1", inv)}% of the audit's first run, {(100 * session.Seconds / bareFresh.Seconds).ToString("F0", inv)}% of the bare fetch in its own process");
// Together the aims ask a second run for <= 5% of a first run that is itself <= 2x the bare fetch: <= 10% of that fetch.
Console.WriteLine($"both aims at once:        second run <= 10% of the bare fetch ({(0.1 * bareFresh.Seconds).ToString("F2", inv)} s here); " +
                  $"a bare session alone takes {(100 * session.Seconds / bareFresh.Seconds).ToString("F0", inv)}%");
Console.WriteLine($"messagesScanned:          first {first.Scanned}, second {second.Scanned}");
Console.WriteLine("stopping dovecot");
return first.Exit is 0 or 1 && second.Exit is 0 or 1 && bareFresh.Exit == 0 && session.Exit == 0 ? 0 : 1;

// A program with its output captured and the IMAP password in its environment, never on its command line.
static ProcessStartInfo StartInfo(string program, IEnumerable<string> arguments, string password)
{
    var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    foreach (var a in arguments)
    {
        start.ArgumentList.Add(a);
    }

    start.Environment["OUTREACHLINT_IMAP_PASSWORD"] = password;
    return start;
}

// A baseline in its own process, timed from start to exit like the audit.
static BareRun RunBare(string bareCli, string mode, string url, string caFile, string password)
{
    var watch = Stopwatch.StartNew();
    using var process = Process.Start(StartInfo(bareCli, [mode, url, caFile], password))!;
    var stderrTask = process.StandardError.ReadToEndAsync();
    var stdout = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    watch.Stop();
    if (process.ExitCode != 0)
    {
        Console.Error.WriteLine($"bare {mode} exited {process.ExitCode}:\n{stderrTask.Result}");
    }

    return new BareRun(watch.Elapsed.TotalSeconds, stdout.Trim(), process.ExitCode);
}

static AuditRun RunAudit(string cli, string url, string caFile, string history, string password, string work, string label)
{
    var timeFile = Path.Join(work, $"time-{label}.txt");
    var useTime = File.Exists("/usr/bin/time");
    string[] audit = ["audit", url, "--ca-file", caFile, "--history", history, "--format", "json"];
    var start = useTime ? StartInfo("/usr/bin/time", ["-v", "-o", timeFile, cli, .. audit], password) : StartInfo(cli, audit, password);
    var watch = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    var stderrTask = process.StandardError.ReadToEndAsync();
    var stdoutTask = process.StandardOutput.ReadToEndAsync();
    long polledKb = 0;
    if (!useTime)
    {
        while (!process.WaitForExit(50))
        {
            polledKb = Math.Max(polledKb, VmHwmKb(process.Id));
        }
    }

    process.WaitForExit();
    watch.Stop();
    var stdout = stdoutTask.Result;
    var stderr = stderrTask.Result;
    File.WriteAllText(Path.Join(work, $"audit-{label}.json"), stdout);
    File.WriteAllText(Path.Join(work, $"audit-{label}.stderr"), stderr);
    double rssMb = polledKb / 1024.0;
    double cpu = double.NaN;
    if (useTime && File.Exists(timeFile))
    {
        var lines = File.ReadLines(timeFile).ToList();
        string? Field(string name) => lines.FirstOrDefault(l => l.Contains(name, StringComparison.Ordinal)) is { } l ? l[(l.LastIndexOf(':') + 1)..].Trim() : null;
        if (Field("Maximum resident set size") is { } rss)
        {
            rssMb = long.Parse(rss, CultureInfo.InvariantCulture) / 1024.0;
        }

        if (Field("User time (seconds)") is { } user && Field("System time (seconds)") is { } system)
        {
            cpu = double.Parse(user, CultureInfo.InvariantCulture) + double.Parse(system, CultureInfo.InvariantCulture);
        }
    }

    string scanned = "?";
    try
    {
        using var json = JsonDocument.Parse(stdout);
        if (json.RootElement.TryGetProperty("messagesScanned", out var s))
        {
            scanned = s.ToString();
        }
    }
    catch (JsonException)
    {
        scanned = "(no JSON: see " + Path.Join(work, $"audit-{label}.stderr") + ")";
    }

    if (process.ExitCode is not (0 or 1))
    {
        Console.Error.WriteLine($"audit ({label}) exited {process.ExitCode}:\n{stderr}");
    }

    return new AuditRun(watch.Elapsed.TotalSeconds, rssMb, cpu, process.ExitCode, scanned);
}

static long VmHwmKb(int pid)
{
    try
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
    catch (IOException)
    {
        return 0;
    }
}

internal sealed record AuditRun(double Seconds, double PeakRssMb, double CpuSeconds, int Exit, string Scanned);

internal sealed record BareRun(double Seconds, string Output, int Exit);

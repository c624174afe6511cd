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
//   (c) the same audit again with nothing new.
// Usage: OutreachLint.AuditBenchmark PUBLISHED_CLI_DIR WORK_DIR [MESSAGES]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: OutreachLint.AuditBenchmark PUBLISHED_CLI_DIR WORK_DIR [MESSAGES]");
    return 2;
}

var cli = Path.Join(Path.GetFullPath(args[0]), "outreachlint");
var work = Path.GetFullPath(args[1]);
var total = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20_000;
Directory.CreateDirectory(work);
const string User = "bench";
const string Password = "benchpass";
var inv = CultureInfo.InvariantCulture;

using var server = new DovecotServer(new Dictionary<string, string> { [User] = Password });
Console.WriteLine($"dovecot on 127.0.0.1:{server.ImapsPort} (imaps), root {server.Root}");

// ---- seed -----------------------------------------------------------------------------------------------------
var seed = Stopwatch.StartNew();
await BenchMailbox.SeedAsync(server, User, "Sent", total, Corpus.Message);
seed.Stop();
Console.WriteLine($"seeded {total} messages (MULTIAPPEND x100) in {seed.Elapsed.TotalSeconds.ToString("F2", inv)} s " +
                  $"({(total / seed.Elapsed.TotalSeconds).ToString("F0", inv)} msgs/s)");

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
var first = RunAudit(cli, url, server.CaFile, history, Password, work, "first");
var second = RunAudit(cli, url, server.CaFile, history, Password, work, "second");

var auditRate = total / first.Seconds;
Console.WriteLine();
Console.WriteLine($"messages in Sent:         {total} from 10 senders");
Console.WriteLine($"bare MailKit fetch:       {bareSeconds.ToString("F2", inv)} s, {bareRate.ToString("F0", inv)} msgs/s ({loaded} loaded)");
Console.WriteLine($"audit, first run:         {first.Seconds.ToString("F2", inv)} s, {auditRate.ToString("F0", inv)} msgs/s (exit {first.Exit})");
Console.WriteLine($"speed ratio audit/bare:   {(auditRate / bareRate).ToString("F3", inv)} (goal >= 0.5)");
Console.WriteLine($"peak RSS, first run:      {first.PeakRssMb.ToString("F1", inv)} MB (goal <= 400)");
Console.WriteLine($"audit, second run:        {second.Seconds.ToString("F2", inv)} s (exit {second.Exit}), " +
                  $"{(100 * second.Seconds / first.Seconds).ToString("F1", inv)}% of first (goal <= 5%), peak RSS {second.PeakRssMb.ToString("F1", inv)} MB");
Console.WriteLine($"messagesScanned:          first {first.Scanned}, second {second.Scanned}");
Console.WriteLine("stopping dovecot");
return first.Exit is 0 or 1 && second.Exit is 0 or 1 ? 0 : 1;

static AuditRun RunAudit(string cli, string url, string caFile, string history, string password, string work, string label)
{
    var timeFile = Path.Join(work, $"time-{label}.txt");
    var useTime = File.Exists("/usr/bin/time");
    var start = new ProcessStartInfo(useTime ? "/usr/bin/time" : cli)
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
    };
    if (useTime)
    {
        foreach (var a in new[] { "-v", "-o", timeFile, cli })
        {
            start.ArgumentList.Add(a);
        }
    }

    foreach (var a in new[] { "audit", url, "--ca-file", caFile, "--history", history, "--format", "json" })
    {
        start.ArgumentList.Add(a);
    }

    start.Environment["OUTREACHLINT_IMAP_PASSWORD"] = password;
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
    if (useTime && File.Exists(timeFile))
    {
        var line = File.ReadLines(timeFile).FirstOrDefault(l => l.Contains("Maximum resident set size", StringComparison.Ordinal));
        if (line is not null)
        {
            rssMb = long.Parse(line[(line.LastIndexOf(':') + 1)..].Trim(), CultureInfo.InvariantCulture) / 1024.0;
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

    return new AuditRun(watch.Elapsed.TotalSeconds, rssMb, process.ExitCode, scanned);
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

internal sealed record AuditRun(double Seconds, double PeakRssMb, int Exit, string Scanned);

/// <summary>Deterministic short prospecting mail: 10 reps at one company, external prospects, pitchy and plain bodies.</summary>
internal static class Corpus
{
    private static readonly string[] Reps =
        ["anna.berg", "ben.okafor", "carla.diaz", "david.kim", "elena.rossi", "farid.haddad", "grace.liu", "henrik.nilsson", "isla.murphy", "jonas.weber"];

    private static readonly string[] Prospects =
        ["northwind.example", "contoso.example", "fabrikam.example", "tailspin.example", "wingtip.example", "adventure-works.example", "litware.example"];

    private static readonly string[] FirstNames = ["Sam", "Alex", "Priya", "Tom", "Maria", "Kenji", "Lena", "Omar"];

    private static readonly string[] Pitchy =
    [
        "I just wanted to reach out because our platform is the industry-leading solution that will revolutionise your pipeline. We are excited to offer you an exclusive demo this week only.",
        "Quick favour: could you spare 15 minutes to hop on a call? I'd really appreciate it, it would help me hit my numbers this quarter.",
        "Hope you're well! Just following up on my last three emails. Our award-winning team would love to show you why we are the best in the market.",
        "I noticed you downloaded our guide, so I thought I'd check in. Are you the right person to talk to about buying our software?",
        "We are the leading provider of synergistic solutions and we'd love to partner with you. Let me know when works for a quick chat about our product.",
    ];

    private static readonly string[] Plain =
    [
        "Your team's post about moving invoicing to the new ERP mentioned month-end delays. Two of our customers cut that from five days to two; the write-up is attached if useful.",
        "Thanks for the questions at Tuesday's meetup. The benchmark you asked about is here, with the raw numbers so you can rerun it on your data.",
        "You mentioned onboarding takes new warehouse staff three weeks. Here is the checklist another logistics firm used to halve that; no reply needed.",
        "Following up with the figures you asked for: pricing is per site, not per seat, and the pilot can run on one depot for a month.",
        "Saw your opening for a data engineer. If reporting load is the reason, the note below shows how a similar team cut nightly jobs from six hours to forty minutes.",
    ];

    private static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    public static MimeMessage Message(int i)
    {
        var rep = Reps[i % Reps.Length];
        var domain = Prospects[(i / 10) % Prospects.Length];
        var name = FirstNames[(i / 7) % FirstNames.Length];
        var followUp = i % 3 == 2;
        var pitchy = (i * 7919) % 5 < 2; // 40% pitchy, deterministic
        var body = pitchy ? Pitchy[(i / 3) % Pitchy.Length] : Plain[(i / 3) % Plain.Length];
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(rep.Replace('.', ' '), $"{rep}@acme-sales.example"));
        message.To.Add(new MailboxAddress(name, $"{name.ToLowerInvariant()}.{i % 97}@{domain}"));
        message.Subject = (followUp ? "Re: " : "") + (pitchy ? $"Quick question for {name}" : $"Month-end figures for {domain.Split('.')[0]}");
        message.MessageId = $"bench-{i:D6}@acme-sales.example";
        if (followUp)
        {
            message.InReplyTo = $"bench-{i - 1:D6}@acme-sales.example";
        }

        // Spread over about ten weeks so weekly trends have data.
        message.Date = Start.AddMinutes(i * 5);
        message.Body = new TextPart("plain") { Text = $"Hi {name},\n\n{body}\n\nBest,\n{rep.Split('.')[0]}\n" };
        return message;
    }
}

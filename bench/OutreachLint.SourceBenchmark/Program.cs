using System.Diagnostics;
using System.Globalization;
using OutreachLint.Imap.Tests.Harness;
using OutreachLint.Mail.Extraction;
using OutreachLint.Mail.Sources;

// IMAP source benchmark (issue 3, "Done when"): mail with attachments in a loopback Dovecot folder, in one run
//   (a) our ImapMessageSource: summaries with BODYSTRUCTURE, then only what the author text needs, PEEK, read-only;
//   (b) a bare MailKit fetch of whole messages: GetStreams + MimeMessage.Load.
// Both end in the same author texts (extracted alike), which are compared. Not a test: figures go to the README.
// Usage: OutreachLint.SourceBenchmark [MESSAGES] [MIN_KB] [MAX_KB]   (defaults 2000 200 1024)
var inv = CultureInfo.InvariantCulture;
var total = args.Length > 0 ? int.Parse(args[0], inv) : 2000;
var minBytes = (args.Length > 1 ? int.Parse(args[1], inv) : 200) * 1024;
var maxBytes = (args.Length > 2 ? int.Parse(args[2], inv) : 1024) * 1024;
const string User = "bench";
const string Password = "benchpass";
const string Folder = "Sent";

using var server = new DovecotServer(new Dictionary<string, string> { [User] = Password }, privateCa: true);
Console.WriteLine($"dovecot on 127.0.0.1:{server.ImapsPort} (imaps), root {server.Root}");
var corpus = new AttachmentCorpus(minBytes, maxBytes);
var seed = Stopwatch.StartNew();
var bytes = await BenchMailbox.SeedAsync(server, User, Folder, total, corpus.Message);
Console.WriteLine($"seeded {total} messages, {bytes / 1e6:F0} MB, attachments {minBytes / 1024}-{maxBytes / 1024} KB, in {seed.Elapsed.TotalSeconds:F1} s");

var extractor = new AuthorTextExtractor();

// (b) first, then (a): both read a folder Dovecot has just written, so the page cache favours neither.
var bare = Stopwatch.StartNew();
var bareTexts = new List<string>();
await BenchMailbox.FetchWholeAsync(server, User, Folder, (uid, message) =>
    bareTexts.Add(extractor.Extract(new MailItem($"uid {uid.Id}", message, null, null)).AuthorText));
bare.Stop();

var ours = Stopwatch.StartNew();
var ourTexts = new List<string>();
var errors = 0;
var source = new ImapMessageSource(new ImapUrl(true, User, "127.0.0.1", server.ImapsPort, Folder),
    new ImapSourceOptions { Password = Password, CaFile = server.CaFile });
await foreach (var item in source.ReadAsync(CancellationToken.None))
{
    var document = extractor.Extract(item);
    errors += document.Error is null ? 0 : 1;
    ourTexts.Add(document.AuthorText);
}

ours.Stop();

var same = bareTexts.Count == ourTexts.Count && bareTexts.SequenceEqual(ourTexts, StringComparer.Ordinal);
var ratio = bare.Elapsed.TotalSeconds / ours.Elapsed.TotalSeconds;
Console.WriteLine();
Console.WriteLine($"messages:                     {total} ({bytes / 1e6:F0} MB on the server)");
Console.WriteLine($"bare MailKit whole messages:  {bare.Elapsed.TotalSeconds.ToString("F2", inv)} s, {(bareTexts.Count / bare.Elapsed.TotalSeconds).ToString("F0", inv)} msgs/s ({bareTexts.Count} messages)");
Console.WriteLine($"our IMAP source:              {ours.Elapsed.TotalSeconds.ToString("F2", inv)} s, {(ourTexts.Count / ours.Elapsed.TotalSeconds).ToString("F0", inv)} msgs/s ({ourTexts.Count} messages, {errors} errors)");
Console.WriteLine($"speed ratio ours/bare:        {ratio.ToString("F2", inv)}x (goal >= 2)");
Console.WriteLine($"same author texts:            {(same ? "yes" : "NO")}");
return same && errors == 0 ? 0 : 1;

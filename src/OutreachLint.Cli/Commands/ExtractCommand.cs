using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using OutreachLint.Core;
using OutreachLint.Mail.Extraction;
using OutreachLint.Mail.Sources;
using OutreachLint.Reporting;

namespace OutreachLint.Cli.Commands;

/// <summary><c>outreachlint extract INPUT...</c>: shows exactly what the linter reads, and what it set aside and why.</summary>
internal sealed class ExtractCommand : Command
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public InputOptions Input { get; } = new();

    public Option<string> Format { get; } = FormatOption.Create("text", "json");

    public ExtractCommand()
        : base("extract", "Show the author text the linter reads, and the quotes, forwards, signatures and disclaimers it sets aside")
    {
        Input.AddTo(this);
        Options.Add(Format);
        SetAction((parse, ct) => RunAsync(parse, ct));
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var imap = Input.ToImapOptions(parse);
        await SignInPreflight.EnsureAsync(imap, parse.GetValue(Input.Inputs)!, ct);
        var reader = new DocumentReader(new MessageSourceFactory(imap), new AuthorTextExtractor());
        var documents = new List<EmailDocument>();
        await foreach (var (_, document) in reader.ReadAsync(parse.GetValue(Input.Inputs)!, ct))
        {
            documents.Add(document);
        }

        if (parse.GetValue(Format) == "json")
        {
            using (var stdout = Console.OpenStandardOutput())
            {
                WriteJson(stdout, documents);
            }

            Console.Out.WriteLine();
        }
        else
        {
            WriteText(documents);
        }

        return documents.Any(d => d.Error is not null) ? ExitCodes.InputErrors : ExitCodes.Clean;
    }

    private static void WriteText(IReadOnlyList<EmailDocument> documents)
    {
        foreach (var d in documents)
        {
            if (d.Error is not null)
            {
                Console.Error.WriteLine($"outreachlint: error: {d.Error}");
                continue;
            }

            Console.Out.WriteLine($"==> {d.Source} <==");
            Console.Out.WriteLine(d.AuthorText);
            foreach (var part in d.SetAside)
            {
                Console.Out.WriteLine($"--- set aside: {part.Kind.ToString().ToLowerInvariant()} ({part.Reason}), {part.Text.Split('\n').Length} line(s)");
            }

            Console.Out.WriteLine();
        }
    }

    private static void WriteJson(Stream output, IReadOnlyList<EmailDocument> documents)
    {
        using var json = new Utf8JsonWriter(output, JsonOptions);
        json.WriteStartObject();
        json.WriteStartArray("messages");
        foreach (var d in documents)
        {
            json.WriteStartObject();
            JsonFields.WriteEnvelope(json, d);
            JsonFields.WriteAuthorText(json, d, withText: true);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}

using System.Globalization;
using System.Text;

namespace OutreachLint.Audit.Tests.Harness;

/// <summary>
/// A Sent-folder export written as .eml files: four reps (one writing from two addresses), prospecting mail with and
/// without disguised selling, follow-ups, internal mail, and one rep whose name, subject and body carry hostile markup.
/// </summary>
public static class TeamMail
{
    public const string HostileName = "<script>document.title='pwned'</script>";
    public const string HostileSubject = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">";
    public const string Config = """
        { "companyDomains": ["acme.com"], "aliases": { "alice.r@acme.com": "alice@acme.com" }, "teams": { "alice@acme.com": "East", "bob@acme.com": "West" } }
        """;

    private static readonly string[] Pitches =
    [
        "We'd love to partner with you and explore synergies on your Q3 rollout.",
        "Could you spare 30 minutes for a quick call next week?",
        "Our award-winning platform is the industry leader in analytics.",
        "I'd like to explore an opportunity to collaborate with your team.",
    ];

    private static readonly string[] Clean =
    [
        "I saw your team is hiring three SREs for the Berlin office.",
        "Teams like yours cut on-call pages by 40% with our alert routing; I sell it, and it costs $20 a seat.",
        "If that would help with your Q3 goals, reply and I'll send a one-page summary.",
        "Thanks for the notes from Tuesday; the revised quote is attached.",
    ];

    private static readonly string[] Senders = ["Alice Rep <alice@acme.com>", "Alice Rep <alice.r@acme.com>", "Bob Seller <bob@acme.com>", "Carol Closer <carol@acme.com>", "Dan Deal <dan@acme.com>"];

    /// <summary>Writes <paramref name="count"/> messages (at least 30) into <paramref name="folder"/>; internal ones are named <c>internal-*.eml</c>.</summary>
    public static void Write(string folder, int count = 40)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            var from = Senders[i % Senders.Length];
            var isInternal = i % 7 == 3;
            var isReply = i % 4 == 1;
            var pitch = i % 3 != 0;
            var date = new DateTimeOffset(2026, 2, 2, 9, 0, 0, TimeSpan.FromHours(1)).AddHours(i * 13 % (21 * 24));
            var to = isInternal ? $"team{i % 3}@acme.com" : $"buyer{i}@prospect{i % 6}.com";
            var body = new StringBuilder("Hi Sam,\n\n");
            body.Append(pitch ? Pitches[i % Pitches.Length] + " " + Pitches[(i + 1) % Pitches.Length] : Clean[i % Clean.Length] + " " + Clean[(i + 1) % Clean.Length]);
            body.Append("\n\nBest,\n").Append(from.Split(' ')[0]).Append('\n');
            var subject = (isReply ? "Re: " : "") + $"Note {i}";
            Save(folder, $"{(isInternal ? "internal" : "mail")}-{i:000}.eml", from, to, subject, date, $"<m{i}@acme.com>", body.ToString(), isReply ? $"<p{i}@prospect.com>" : null);
        }

        Save(folder, "mail-hostile.eml", $"\"{HostileName}\" <eve@acme.com>", "cto@bigco.com", HostileSubject,
            new DateTimeOffset(2026, 2, 11, 10, 0, 0, TimeSpan.Zero), "<hostile@acme.com>",
            "Hi,\n\nWe'd love to partner with you and explore synergies on your Q3 rollout <script>document.title='body'</script>. " +
            "Could you spare 30 minutes for a call next week? <b onmouseover=alert(1)>Our award-winning platform is the industry leader.</b>\n\nEve\n", null);
    }

    private static void Save(string folder, string name, string from, string to, string subject, DateTimeOffset date, string id, string body, string? inReplyTo)
    {
        var headers = new StringBuilder()
            .Append("From: ").Append(from).Append("\r\nTo: ").Append(to).Append("\r\nSubject: ").Append(subject)
            .Append("\r\nDate: ").Append(date.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture)).Append(date.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", "", StringComparison.Ordinal))
            .Append("\r\nMessage-ID: ").Append(id);
        if (inReplyTo is not null)
        {
            headers.Append("\r\nIn-Reply-To: ").Append(inReplyTo);
        }

        headers.Append("\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n");
        File.WriteAllText(Path.Combine(folder, name), headers + body.ReplaceLineEndings("\r\n"));
    }
}

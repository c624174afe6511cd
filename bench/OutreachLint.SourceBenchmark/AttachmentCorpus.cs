using MimeKit;

/// <summary>
/// Deterministic sent mail with attachments: a short plain-text body with a signature and a quoted reply, and one
/// binary attachment between <c>minBytes</c> and <c>maxBytes</c> (a deck, a contract scan), base64 as mail clients send it.
/// </summary>
internal sealed class AttachmentCorpus(int minBytes, int maxBytes)
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    public MimeMessage Message(int i)
    {
        var random = new Random(i);
        var data = new byte[random.Next(minBytes, maxBytes + 1)];
        random.NextBytes(data);
        var message = new MimeMessage
        {
            Subject = $"Proposal {i:D5} for your depot rollout",
            Date = Start.AddMinutes(i * 5),
            MessageId = $"src-bench-{i:D6}@acme-sales.example",
        };
        message.From.Add(new MailboxAddress("Anna Berg", "anna.berg@acme-sales.example"));
        message.To.Add(new MailboxAddress("Sam", $"sam.{i % 97}@northwind.example"));
        var body = new TextPart("plain")
        {
            Text = $"Hi Sam,\n\nThe proposal for depot {i % 40 + 1} is attached: pricing is per site, and the pilot can run on one depot for a month.\n" +
                   "Page 4 has the timeline you asked about.\n\nBest,\nAnna\n-- \nAnna Berg | Account Executive | Acme Sales\n\n" +
                   $"On Mon, 5 Jan 2026 at 09:00, Sam <sam.{i % 97}@northwind.example> wrote:\n> Could you send the proposal with the timeline?\n",
        };
        var attachment = new MimePart("application", "pdf")
        {
            Content = new MimeContent(new MemoryStream(data)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) { FileName = $"proposal-{i:D5}.pdf" },
            ContentTransferEncoding = ContentEncoding.Base64,
        };
        message.Body = new Multipart("mixed") { body, attachment };
        return message;
    }
}

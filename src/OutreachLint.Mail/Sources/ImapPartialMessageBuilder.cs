using MailKit;
using MailKit.Net.Imap;
using MimeKit;

namespace OutreachLint.Mail.Sources;

/// <summary>
/// Rebuilds a large message from its BODYSTRUCTURE: the headers and the text parts are downloaded, every other part
/// keeps its headers but no content, so a 50 MB attachment never crosses the wire.
/// </summary>
internal sealed class ImapPartialMessageBuilder(ImapFolder folder, UniqueId uid, long largeBytes)
{
    /// <summary>Builds the message with top-level <paramref name="headers"/> (from the summary fetch) and <paramref name="structure"/>.</summary>
    public async Task<MimeMessage> BuildAsync(HeaderList headers, BodyPart structure, CancellationToken ct)
    {
        var message = new MimeMessage();
        message.Headers.Clear();
        foreach (var header in headers.Where(h => !h.Field.StartsWith("Content-", StringComparison.OrdinalIgnoreCase)))
        {
            message.Headers.Add(header);
        }

        message.Body = await BuildEntityAsync(structure, ct, topLevel: true).ConfigureAwait(false);
        return message;
    }

    private async Task<MimeEntity> BuildEntityAsync(BodyPart part, CancellationToken ct, bool topLevel = false)
    {
        switch (part)
        {
            case BodyPartMultipart multipart:
                var built = new Multipart(multipart.ContentType.MediaSubtype);
                foreach (var child in multipart.BodyParts)
                {
                    built.Add(await BuildEntityAsync(child, ct).ConfigureAwait(false));
                }

                return built;
            case BodyPartText text when !text.IsAttachment:
                return await FetchPartAsync(text, topLevel, ct).ConfigureAwait(false);
            case BodyPartMessage { Octets: var octets } embedded when (long)octets <= largeBytes:
                var fetched = await FetchPartAsync(embedded, topLevel, ct).ConfigureAwait(false);
                if (fetched is MessagePart { Message: not null } messagePart)
                {
                    await MessageDetacher.DetachAsync(messagePart.Message, ct).ConfigureAwait(false);
                }

                return fetched;
            case BodyPartMessage embedded:
                return new MessagePart { Message = await BuildEmbeddedAsync(embedded, ct).ConfigureAwait(false) };
            case BodyPartBasic basic:
                return Placeholder(basic);
            default:
                return new MimePart("application", "octet-stream") { Content = new MimeContent(new MemoryStream()) };
        }
    }

    private async Task<MimeEntity> FetchPartAsync(BodyPartBasic part, bool topLevel, CancellationToken ct)
    {
        // A single-part message has no part MIME header of its own; when that part is text it is the whole message.
        var entity = topLevel
            ? (await folder.GetMessageAsync(uid, ct).ConfigureAwait(false)).Body
            : await folder.GetBodyPartAsync(uid, part, ct).ConfigureAwait(false);
        return entity ?? new TextPart("plain") { Text = "" };
    }

    private async Task<MimeMessage> BuildEmbeddedAsync(BodyPartMessage embedded, CancellationToken ct)
    {
        // The embedded message's own header block is not addressable cheaply; its envelope carries what readers need.
        var message = new MimeMessage();
        message.Headers.Remove(HeaderId.Date); // MimeKit stamps new messages with the current time
        var envelope = embedded.Envelope;
        if (envelope is not null)
        {
            message.Subject = envelope.Subject ?? "";
            message.From.AddRange(envelope.From);
            message.To.AddRange(envelope.To);
            message.Cc.AddRange(envelope.Cc);
            if (envelope.MessageId is { } messageId)
            {
                message.MessageId = messageId;
            }

            if (envelope.Date is { } date)
            {
                message.Date = date;
            }
        }

        if (embedded.Body is not null)
        {
            message.Body = await BuildEntityAsync(embedded.Body, ct).ConfigureAwait(false);
        }

        return message;
    }

    private static MimePart Placeholder(BodyPartBasic basic)
    {
        var placeholder = new MimePart(basic.ContentType.MediaType, basic.ContentType.MediaSubtype)
        {
            Content = new MimeContent(new MemoryStream()),
        };
        foreach (var parameter in basic.ContentType.Parameters)
        {
            placeholder.ContentType.Parameters[parameter.Name] = parameter.Value;
        }

        if (basic.ContentDisposition is { } disposition)
        {
            placeholder.ContentDisposition = new ContentDisposition(disposition.Disposition) { FileName = disposition.FileName };
        }

        return placeholder;
    }
}

using MimeKit;

namespace OutreachLint.Mail.Sources;

/// <summary>
/// Makes a parsed message independent of the stream it was parsed from: text bodies are copied into memory,
/// the bodies of other parts (attachments, images) are dropped because the linter never reads them.
/// </summary>
internal static class MessageDetacher
{
    /// <summary>Detaches every part of <paramref name="message"/>, including parts of attached messages.</summary>
    public static async Task DetachAsync(MimeMessage message, CancellationToken ct)
    {
        if (message.Body is not null)
        {
            await DetachAsync(message.Body, ct).ConfigureAwait(false);
        }
    }

    private static async Task DetachAsync(MimeEntity entity, CancellationToken ct)
    {
        switch (entity)
        {
            case Multipart multipart:
                foreach (var child in multipart)
                {
                    await DetachAsync(child, ct).ConfigureAwait(false);
                }

                break;
            case MessagePart { Message: not null } messagePart:
                await DetachAsync(messagePart.Message, ct).ConfigureAwait(false);
                break;
            case MimePart part when part.Content is not null:
                var copy = new MemoryStream();
                if (IsAuthorText(part))
                {
                    await part.Content.WriteToAsync(copy, ct).ConfigureAwait(false);
                    copy.Position = 0;
                }

                part.Content = new MimeContent(copy, part.Content.Encoding);
                break;
        }
    }

    /// <summary>True for text parts a reader sees as the message body, not as a file to open.</summary>
    internal static bool IsAuthorText(MimePart part) => part is TextPart && !part.IsAttachment;
}

using MailKit;
using MailKit.Net.Imap;
using MimeKit;

namespace OutreachLint.Mail.Sources;

/// <summary>
/// Fetches a batch of messages: sizes first (one cheap round trip), then the messages with little besides text whole
/// in one streamed round trip, and only the headers and text parts of those carrying attachments or other large parts.
/// Only a message large enough to be one of those costs a BODYSTRUCTURE. MailKit fetches with BODY.PEEK, so \Seen is
/// never set.
/// </summary>
internal static class ImapMessageFetcher
{
    private const MessageSummaryItems SizeItems = MessageSummaryItems.UniqueId | MessageSummaryItems.Size;

    private const MessageSummaryItems StructureItems = MessageSummaryItems.UniqueId | MessageSummaryItems.BodyStructure
        | MessageSummaryItems.Size | MessageSummaryItems.Headers;

    /// <summary>Returns the messages of <paramref name="uids"/> that still exist, in UID order.</summary>
    public static async Task<IReadOnlyList<(UniqueId Uid, MimeMessage Message)>> FetchAsync(
        ImapFolder folder, IList<UniqueId> uids, ImapSourceOptions options, CancellationToken ct)
    {
        // A message no larger than the smaller limit cannot exceed either, so its structure is not worth asking for.
        var limit = Math.Min(options.LargeMessageBytes, options.SkipPartsOverBytes);
        var sizes = await folder.FetchAsync(uids, SizeItems, ct).ConfigureAwait(false);
        var large = sizes.Where(s => s.Size is not { } size || (long)size > limit).Select(s => s.UniqueId).ToList();
        var structures = large.Count == 0 ? [] : await folder.FetchAsync(large, StructureItems, ct).ConfigureAwait(false) as IEnumerable<IMessageSummary>;
        var partial = structures.Where(s => FetchPartially(s, options)).ToList();
        var partialUids = partial.Select(s => s.UniqueId).ToHashSet();
        var whole = sizes.Select(s => s.UniqueId).Where(u => !partialUids.Contains(u)).ToList();
        var messages = new Dictionary<UniqueId, MimeMessage>();
        if (whole.Count > 0)
        {
            // MailKit hands each message over already read into memory, so parsing it synchronously never blocks on
            // the network (and is much cheaper than the async parser); the parsed copy owns its content.
            await folder.GetStreamsAsync(whole, (_, _, uid, stream, _) =>
            {
                messages[uid] = MimeMessage.Load(stream, persistent: false, CancellationToken.None);
                return Task.CompletedTask;
            }, ct).ConfigureAwait(false);
        }

        foreach (var summary in partial)
        {
            var builder = new ImapPartialMessageBuilder(folder, summary.UniqueId, options.LargeMessageBytes);
            messages[summary.UniqueId] = await builder.BuildAsync(summary.Headers!, summary.Body!, ct) /* both checked by FetchPartially */.ConfigureAwait(false);
        }

        return messages.OrderBy(m => m.Key.Id).Select(m => (m.Key, m.Value)).ToList();
    }

    /// <summary>
    /// Part by part costs a round trip per text part; whole costs the bytes of every part the linter never reads.
    /// </summary>
    private static bool FetchPartially(IMessageSummary summary, ImapSourceOptions options) =>
        summary.Body is not null && summary.Headers is not null
        && ((summary.Size ?? 0) > options.LargeMessageBytes || UnreadBytes(summary.Body) > options.SkipPartsOverBytes);

    /// <summary>The encoded size of the parts that never become author text: attachments, images, other binaries.</summary>
    private static long UnreadBytes(BodyPart part) => part switch
    {
        BodyPartMultipart multipart => multipart.BodyParts.Sum(UnreadBytes),
        BodyPartText text when !text.IsAttachment => 0,
        BodyPartMessage embedded => embedded.Body is null ? 0 : UnreadBytes(embedded.Body),
        BodyPartBasic basic => (long)basic.Octets,
        _ => 0,
    };
}

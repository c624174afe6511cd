using MailKit;
using MailKit.Net.Imap;
using MimeKit;

namespace OutreachLint.Mail.Sources;

/// <summary>
/// Fetches a batch of messages: summaries first (BODYSTRUCTURE and headers, one round trip), then the messages with
/// little besides text whole in one streamed round trip, and only the headers and text parts of those carrying
/// attachments or other large parts. MailKit fetches with BODY.PEEK, so \Seen is never set.
/// </summary>
internal static class ImapMessageFetcher
{
    private const MessageSummaryItems SummaryItems = MessageSummaryItems.UniqueId | MessageSummaryItems.BodyStructure
        | MessageSummaryItems.Envelope | MessageSummaryItems.Size | MessageSummaryItems.Headers;

    /// <summary>Returns the messages of <paramref name="uids"/> that still exist, in UID order.</summary>
    public static async Task<IReadOnlyList<(UniqueId Uid, MimeMessage Message)>> FetchAsync(
        ImapFolder folder, IList<UniqueId> uids, ImapSourceOptions options, CancellationToken ct)
    {
        var summaries = await folder.FetchAsync(uids, SummaryItems, ct).ConfigureAwait(false);
        var partial = summaries.Where(s => FetchPartially(s, options)).ToList();
        var whole = summaries.Except(partial).Select(s => s.UniqueId).ToList();
        var messages = new Dictionary<UniqueId, MimeMessage>();
        if (whole.Count > 0)
        {
            await folder.GetStreamsAsync(whole, async (_, _, uid, stream, token) =>
            {
                var message = await MimeMessage.LoadAsync(stream, token).ConfigureAwait(false);
                await MessageDetacher.DetachAsync(message, token).ConfigureAwait(false);
                messages[uid] = message;
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

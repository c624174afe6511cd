using MailKit;
using MailKit.Net.Imap;
using MimeKit;

namespace OutreachLint.Mail.Sources;

/// <summary>
/// Fetches a batch of messages: summaries first, then whole small messages in one streamed round trip, and only the
/// text parts of large ones. MailKit fetches with BODY.PEEK, so \Seen is never set.
/// </summary>
internal static class ImapMessageFetcher
{
    private const MessageSummaryItems SummaryItems =
        MessageSummaryItems.UniqueId | MessageSummaryItems.BodyStructure | MessageSummaryItems.Envelope | MessageSummaryItems.Size;

    /// <summary>Returns the messages of <paramref name="uids"/> that still exist, in UID order.</summary>
    public static async Task<IReadOnlyList<(UniqueId Uid, MimeMessage Message)>> FetchAsync(
        ImapFolder folder, IList<UniqueId> uids, long largeBytes, CancellationToken ct)
    {
        var summaries = await folder.FetchAsync(uids, SummaryItems, ct).ConfigureAwait(false);
        var messages = new Dictionary<UniqueId, MimeMessage>();
        var small = summaries.Where(s => s.Body is null || (s.Size ?? 0) <= largeBytes).Select(s => s.UniqueId).ToList();
        if (small.Count > 0)
        {
            await folder.GetStreamsAsync(small, async (_, _, uid, stream, token) =>
            {
                var message = await MimeMessage.LoadAsync(stream, token).ConfigureAwait(false);
                await MessageDetacher.DetachAsync(message, token).ConfigureAwait(false);
                messages[uid] = message;
            }, ct).ConfigureAwait(false);
        }

        foreach (var summary in summaries.Where(s => s.Body is not null && (s.Size ?? 0) > largeBytes))
        {
            var builder = new ImapPartialMessageBuilder(folder, summary.UniqueId, largeBytes);
            messages[summary.UniqueId] = await builder.BuildAsync(summary.Body!, ct).ConfigureAwait(false);
        }

        return messages.OrderBy(m => m.Key.Id).Select(m => (m.Key, m.Value)).ToList();
    }
}

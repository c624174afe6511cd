using OutreachLint.Mail.Sources;

namespace OutreachLint.Imap.Tests.Harness;

public static class SourceExtensions
{
    /// <summary>Reads a whole source, failing the test instead of hanging when it takes longer than <paramref name="limit"/>.</summary>
    public static async Task<List<MailItem>> ReadAllAsync(this IMessageSource source, TimeSpan? limit = null)
    {
        using var timeout = new CancellationTokenSource(limit ?? TimeSpan.FromSeconds(60));
        var items = new List<MailItem>();
        await foreach (var item in source.ReadAsync(timeout.Token))
        {
            items.Add(item);
        }

        return items;
    }
}

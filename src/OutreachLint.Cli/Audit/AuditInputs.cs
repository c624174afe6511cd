using OutreachLint.Mail.Sources;

namespace OutreachLint.Cli.Audit;

/// <summary>The stable key history files an INPUT under: an IMAP folder's canonical URL, a full path, or <c>-</c>.</summary>
internal static class AuditInputs
{
    /// <summary>The key for <paramref name="input"/>, so <c>./sent</c> today and <c>/home/m/sent</c> next week are one input.</summary>
    /// <exception cref="UsageException">The input is a malformed IMAP URL.</exception>
    public static string Key(string input)
    {
        if (input == "-")
        {
            return input;
        }

        if (!ImapUrl.IsImapUrl(input))
        {
            return Path.GetFullPath(input);
        }

        if (!ImapUrl.TryParse(input, out var url, out var error))
        {
            throw new UsageException($"{input}: {error}");
        }

        return url.FolderCanonicalUrl(url.Folder);
    }
}

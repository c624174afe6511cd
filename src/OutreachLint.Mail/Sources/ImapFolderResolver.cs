using MailKit;
using MailKit.Net.Imap;

namespace OutreachLint.Mail.Sources;

/// <summary>
/// Finds a folder by exact name, and for Drafts and Sent falls back to the folder carrying the SPECIAL-USE flag,
/// so "Sent" finds "Sent Items", "[Gmail]/Sent Mail" or "Gesendete Elemente".
/// </summary>
internal static class ImapFolderResolver
{
    /// <summary>Returns the folder for <paramref name="name"/>, or null when the server has none.</summary>
    public static async Task<IMailFolder?> ResolveAsync(ImapClient client, string name, CancellationToken ct)
    {
        if (name.Equals("INBOX", StringComparison.OrdinalIgnoreCase))
        {
            return client.Inbox;
        }

        try
        {
            return await client.GetFolderAsync(name, ct).ConfigureAwait(false);
        }
        catch (FolderNotFoundException)
        {
            // fall through to SPECIAL-USE
        }

        var (special, attribute) = name.ToUpperInvariant() switch
        {
            "DRAFTS" => (SpecialFolder.Drafts, FolderAttributes.Drafts),
            "SENT" => (SpecialFolder.Sent, FolderAttributes.Sent),
            _ => ((SpecialFolder?)null, FolderAttributes.None),
        };
        if (special is null)
        {
            return null;
        }

        if ((client.Capabilities & (ImapCapabilities.SpecialUse | ImapCapabilities.XList)) != 0
            && client.GetFolder(special.Value) is { } flagged)
        {
            return flagged;
        }

        // Servers without SPECIAL-USE in CAPABILITY may still flag folders in their LIST answers.
        foreach (var ns in client.PersonalNamespaces)
        {
            var folders = await client.GetFoldersAsync(ns, StatusItems.None, subscribedOnly: false, ct).ConfigureAwait(false);
            if (folders.FirstOrDefault(f => f.Attributes.HasFlag(attribute)) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}

using System.Security.Cryptography.X509Certificates;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using MimeKit;

// The audit benchmark's fresh-process baselines: what any .NET IMAP client pays when it starts as a new process, as
// `outreachlint audit` does from cron. Both verify the server's certificate against the CA file, as the audit does.
//   fetch:   the bare whole-folder fetch (UIDs, then GetStreams + MimeMessage.Load of every message);
//   session: the least a run with nothing new can do: connect, TLS, log in, open the folder read-only, one UID SEARCH.
// Usage: OutreachLint.BareFetch fetch|session imaps://USER@HOST:PORT/FOLDER CA_FILE; the password comes from
// OUTREACHLINT_IMAP_PASSWORD, never the command line. Prints the number of messages loaded or found.
if (args.Length != 3 || args[0] is not ("fetch" or "session"))
{
    Console.Error.WriteLine("usage: OutreachLint.BareFetch fetch|session imaps://USER@HOST:PORT/FOLDER CA_FILE");
    return 2;
}

var url = new Uri(args[1]);
var ca = X509CertificateLoader.LoadCertificateFromFile(args[2]);
using var client = new ImapClient
{
    ServerCertificateValidationCallback = (_, certificate, _, _) =>
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return certificate is not null && chain.Build(new X509Certificate2(certificate));
    },
};
await client.ConnectAsync(url.Host, url.Port, SecureSocketOptions.SslOnConnect);
var password = Environment.GetEnvironmentVariable("OUTREACHLINT_IMAP_PASSWORD") ?? throw new InvalidOperationException("OUTREACHLINT_IMAP_PASSWORD is not set");
await client.AuthenticateAsync(Uri.UnescapeDataString(url.UserInfo), password);
var folder = (ImapFolder)await client.GetFolderAsync(Uri.UnescapeDataString(url.AbsolutePath.Trim('/')));
await folder.OpenAsync(FolderAccess.ReadOnly);
var count = 0;
if (args[0] == "fetch")
{
    var uids = (await folder.FetchAsync(0, -1, MessageSummaryItems.UniqueId)).Select(s => s.UniqueId).ToList();
    folder.GetStreams(uids, (_, _, _, stream) =>
    {
        using var message = MimeMessage.Load(stream);
        if (message.From.Count > 0)
        {
            count++;
        }
    });
}
else
{
    // The audit's own question on a run with nothing new and no window: which UIDs lie above the position it holds
    // (here the folder's highest). "UID n:*" always matches the highest UID, so one message is found.
    var highest = folder.UidNext is { } next ? next.Id - 1 : 1;
    count = (await folder.SearchAsync(SearchQuery.Uids(new UniqueIdRange(new UniqueId(folder.UidValidity, highest), UniqueId.MaxValue)))).Count;
}

await client.DisconnectAsync(true);
Console.WriteLine(count);
return 0;

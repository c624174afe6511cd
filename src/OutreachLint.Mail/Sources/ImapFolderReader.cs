using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;

namespace OutreachLint.Mail.Sources;

/// <summary>
/// Reads one folder batch by batch and survives dropped connections: it reconnects with backoff and resumes after the
/// highest UID already handed out, so no message is yielded twice or skipped.
/// </summary>
internal sealed class ImapFolderReader(ImapUrl url, ImapSourceOptions options, ServerCertificateValidator validator)
    : IAsyncDisposable
{
    private readonly Queue<UniqueId> _pending = new();
    private ImapSession? _session;
    private uint? _uidValidity;
    private uint _lastUid;
    private string _folderName = url.Folder;

    /// <summary>Reads the next batch; an empty, done batch ends the folder.</summary>
    public async Task<(IReadOnlyList<MailItem> Items, bool Done)> NextBatchAsync(CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await TryNextBatchAsync(ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested && IsTransient(ex))
            {
                await DropSessionAsync().ConfigureAwait(false);
                if (attempt >= options.Retry.Delays.Count)
                {
                    var retries = options.Retry.Delays.Count;
                    return Fail(_uidValidity is null
                        ? $"could not connect to {url.Server} for {url.Account} after {retries + 1} attempts ({ex.Message})"
                        : $"lost the connection to {url.Server} for {url.Account}" +
                            (retries > 0 ? $" and {retries} reconnect attempts failed" : "") + $" ({ex.Message})");
                }

                await Task.Delay(options.Retry.Delays[attempt], ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested && Describe(ex) is { } reason)
            {
                await DropSessionAsync().ConfigureAwait(false);
                return Fail(reason);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await DropSessionAsync().ConfigureAwait(false);

    private async Task<(IReadOnlyList<MailItem> Items, bool Done)> TryNextBatchAsync(CancellationToken ct)
    {
        if (_session is null)
        {
            _session = await ImapSession.OpenAsync(url, options, validator, ct).ConfigureAwait(false);
            await PrepareFolderAsync(_session.Folder, ct).ConfigureAwait(false);
        }

        var uids = _pending.Take(Math.Max(1, options.BatchSize)).ToList();
        if (uids.Count == 0)
        {
            return ([], true);
        }

        var fetched = await ImapMessageFetcher.FetchAsync(_session.Folder, uids, options, ct).ConfigureAwait(false);
        foreach (var _ in uids)
        {
            _pending.Dequeue();
        }

        _lastUid = uids[^1].Id;
        var items = fetched.Select(m => new MailItem(
            $"{url.FolderDisplayUrl(_folderName)};UID={m.Uid.Id}", m.Message, null, null,
            new ImapLocation(url.FolderCanonicalUrl(_folderName), _uidValidity!.Value, m.Uid.Id))).ToList();
        return (items, _pending.Count == 0);
    }

    private async Task PrepareFolderAsync(ImapFolder folder, CancellationToken ct)
    {
        if (_uidValidity is null)
        {
            _folderName = folder.FullName;
            _uidValidity = folder.UidValidity;
            var resume = options.ResumeAfter.FirstOrDefault(r =>
                (r.FolderUrl == url.FolderCanonicalUrl(_folderName) || r.FolderUrl == url.FolderCanonicalUrl(url.Folder))
                && r.UidValidity == folder.UidValidity);
            _lastUid = resume?.Uid ?? 0;
        }
        else if (_uidValidity != folder.UidValidity)
        {
            throw new ImapSourceException($"{url.FolderDisplayUrl(_folderName)} was renumbered (UIDVALIDITY changed) while reading; run again");
        }

        var query = SearchQuery.All;
        if (options.Since is { } since)
        {
            query = query.And(SearchQuery.SentSince(since.ToDateTime(TimeOnly.MinValue)));
        }

        if (options.Before is { } before)
        {
            query = query.And(SearchQuery.SentBefore(before.ToDateTime(TimeOnly.MinValue)));
        }

        if (_lastUid > 0)
        {
            query = query.And(SearchQuery.Uids(new UniqueIdRange(new UniqueId(folder.UidValidity, _lastUid + 1), UniqueId.MaxValue)));
        }

        var found = await folder.SearchAsync(query, ct).ConfigureAwait(false);
        _pending.Clear();
        // "UID n:*" always matches the highest UID, even below n: filter so nothing is yielded twice.
        foreach (var uid in found.Where(u => u.Id > _lastUid).OrderBy(u => u.Id))
        {
            _pending.Enqueue(uid);
        }
    }

    private (IReadOnlyList<MailItem> Items, bool Done) Fail(string reason) =>
        ([new MailItem(url.ToString(), null, null, $"{url}: {reason}")], true);

    private bool IsTransient(Exception ex) => ex switch
    {
        SslHandshakeException => validator.Rejection is null, // a reset during the handshake, not a distrusted certificate
        SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData } => false,
        ImapProtocolException or IOException or SocketException or ServiceNotConnectedException or TimeoutException => true,
        _ => false,
    };

    private string? Describe(Exception ex) => ex switch
    {
        ImapSourceException => ex.Message,
        ImapTokenException => ex.Message,
        AuthenticationException or SaslException => $"authentication failed for {url.Account}",
        SslHandshakeException => $"the server certificate of {url.Server} was not trusted ({validator.Rejection}); " +
            "pass --ca-file with the server's CA or self-signed certificate (PEM) to trust it",
        SocketException socket => $"cannot resolve the host of {url.Server} for {url.Account} ({socket.Message})",
        ImapCommandException command => $"the server refused a command for {url.Account}: {command.ResponseText}",
        FolderNotFoundException => $"no folder named '{url.Folder}' for {url.Account}",
        _ => null,
    };

    private async Task DropSessionAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync().ConfigureAwait(false);
            _session = null;
        }
    }
}

using OutreachLint.Core;
using OutreachLint.Mail.Extraction;
using OutreachLint.Mail.Sources;
using OutreachLint.Reporting.Audit;
using OutreachLint.Reporting.History;

namespace OutreachLint.Cli.Audit;

/// <summary>
/// Reads every input, extracts and lints what history does not have yet, and records it batch by batch, each batch in
/// one transaction, in the order read. Extraction and linting overlap the reading of the next batch, but rows are
/// written strictly in UID order, so a folder's position never passes a message that is not recorded: Ctrl-C or a lost
/// server at any point leaves a state the next run completes.
/// </summary>
internal sealed class AuditIngester(DocumentReader reader, Lazy<LintEngine> engine, AuditHistory history, long runId, AuditWindow window,
    IReadOnlyCollection<string> companyDomains, IReadOnlySet<string> resumedFolders, bool rescan)
{
    // Large enough that the classifier and the engine spread a batch over every core.
    private const int Batch = 512;
    private readonly HashSet<string> _begunFolders = new(StringComparer.Ordinal);
    private readonly List<string> _errors = [];
    private int _recorded;
    private int _known;

    /// <summary>Reads <paramref name="input"/> to the end (or until cancelled), reporting progress after each batch.</summary>
    /// <exception cref="OperationCanceledException">Cancelled; everything recorded so far stays consistent.</exception>
    public async Task IngestAsync(string input, string inputKey, Action<IngestStatus> progress, CancellationToken ct)
    {
        var pending = new List<Pending>();
        var status = new IngestStatus(input, 0, 0, 0, 0, 0, false);

        // One batch is extracted and linted on the pool while the next is read: fetching and parsing never wait for them.
        // Results are recorded here, in order, only after their batch is done, so the folder's position never moves
        // past a message that is not recorded.
        (List<Pending> Batch, Task<IReadOnlyList<LintResult>> Results)? linting = null;
        await foreach (var item in reader.ReadItemsAsync([input], ct).ConfigureAwait(false))
        {
            status = status with { Read = status.Read + 1 };
            if (item.Error is { } error)
            {
                _errors.Add(error);
                status = status with { Errors = status.Errors + 1 };
                continue;
            }

            if (!InsideDays(AuthorTextExtractor.DateOf(item)))
            {
                status = status with { Outside = status.Outside + 1 };
                continue;
            }

            var key = item.Folder is { } f ? new MessageKey(item.Source, f.UidValidity, f.Uid) : new MessageKey(item.Source);
            BeginFolder(item.Folder);
            pending.Add(new Pending(item, key, rescan || !history.Contains(key)));
            if (pending.Count == Batch)
            {
                if (linting is { } previous)
                {
                    status = Record(previous.Batch, await previous.Results.ConfigureAwait(false), inputKey, status);
                    progress(status);
                }

                var batch = pending;
                linting = (batch, Task.Run(() => Lint(batch), ct));
                pending = [];
            }
        }

        if (linting is { } last)
        {
            status = Record(last.Batch, await last.Results.ConfigureAwait(false), inputKey, status);
        }

        status = Record(pending, Lint(pending), inputKey, status);
        progress(status with { Done = true });
    }

    /// <summary>The totals of every input read so far.</summary>
    public IngestResult Result => new(_recorded, _known, _errors);

    // Extraction happens here, on the pool beside the linting, so the reading thread only fetches and parses; and only
    // for messages history does not have yet.
    private IReadOnlyList<LintResult> Lint(List<Pending> batch)
    {
        var toLint = batch.Where(p => p.NeedsLint).ToList();
        if (toLint.Count == 0)
        {
            return [];
        }

        var documents = new EmailDocument[toLint.Count];
        Parallel.For(0, toLint.Count, i => documents[i] = reader.Extract(toLint[i].Item));
        return engine.Value.LintBatch(documents);
    }

    // One transaction per batch: per-message commits cost more than the linting. The batch is all or nothing, so the
    // folder's position still never passes a message that is not recorded.
    private IngestStatus Record(List<Pending> batch, IReadOnlyList<LintResult> results, string inputKey, IngestStatus status)
    {
        var next = 0;
        var recorded = new List<RecordedMessage>();
        var known = new List<FolderPosition>();
        foreach (var p in batch)
        {
            if (p.NeedsLint && results[next++] is { Document.Error: { } error })
            {
                // Not recorded, like an item that could not be read; a later message still moves the folder past it.
                _errors.Add(error);
                status = status with { Errors = status.Errors + 1 };
            }
            else if (p.NeedsLint)
            {
                recorded.Add(MessageRecordFactory.Create(results[next - 1], p.Key, inputKey, p.Item.Folder?.FolderUrl, companyDomains, suggestionsDeferred: true));
            }
            else if (p.Item.Folder is { } f)
            {
                known.Add(new FolderPosition(f.FolderUrl, f.UidValidity, f.Uid));
            }
        }

        history.Record(runId, recorded, known);
        var alreadyKnown = batch.Count(p => !p.NeedsLint);
        _recorded += recorded.Count;
        _known += alreadyKnown;
        return status with { Recorded = status.Recorded + recorded.Count, Known = status.Known + alreadyKnown };
    }

    private void BeginFolder(ImapLocation? folder)
    {
        if (folder is null || !_begunFolders.Add(folder.FolderUrl))
        {
            return;
        }

        history.BeginFolder(folder.FolderUrl, folder.UidValidity, resumedFolders.Contains(folder.FolderUrl), window.SinceDay, window.BeforeDay);
    }

    // The day test IMAP's SENTSINCE/SENTBEFORE apply, so files and folders keep the same messages; the report then cuts exactly.
    private bool InsideDays(DateTimeOffset? date)
    {
        if (date is not { } d)
        {
            return window.Since is null && window.Before is null;
        }

        var day = DateOnly.FromDateTime(d.UtcDateTime);
        return (window.SinceDay is not { } since || day >= since.AddDays(-1)) && (window.BeforeDay is not { } before || day <= before);
    }

    private sealed record Pending(MailItem Item, MessageKey Key, bool NeedsLint);
}

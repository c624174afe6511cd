using OutreachLint.Core;
using OutreachLint.Mail.Extraction;
using OutreachLint.Mail.Sources;
using OutreachLint.Reporting.Audit;
using OutreachLint.Reporting.History;

namespace OutreachLint.Cli.Audit;

/// <summary>
/// Reads every input, extracts and lints what history does not have yet, and records it batch by batch, each batch in
/// one transaction, strictly in the order read: a folder's position never passes a message that is not recorded, so
/// Ctrl-C or a lost server at any point leaves a state the next run completes. The reading thread only fetches and
/// parses; extraction, linting and recording run on the pool, one batch behind.
/// </summary>
internal sealed class AuditIngester(DocumentReader reader, Lazy<LintEngine> engine, AuditHistory history, long runId, AuditWindow window,
    IReadOnlyCollection<string> companyDomains, IReadOnlySet<string> resumedFolders, bool rescan)
{
    // Enough for the classifier and the engine to spread a batch over every core, small enough that the first batch
    // (read while nothing else runs) and the last (judged after reading ends) are short, and that the messages waiting
    // in flight mostly die young: at 256 the collector's pauses were 350 ms of a 20,000-message audit, at 128 230 ms.
    private const int Batch = 128;

    // Batches read but not yet recorded; the reader waits beyond this, so memory stays bounded on a slow engine.
    private const int InFlight = 2;

    private readonly HashSet<string> _begunFolders = new(StringComparer.Ordinal);
    private readonly List<string> _errors = [];
    private readonly Lock _historyLock = new();
    private int _recorded;
    private int _known;
    private Task? _modelLoad;

    /// <summary>Reads <paramref name="input"/> to the end (or until cancelled), reporting progress after each batch.</summary>
    /// <exception cref="OperationCanceledException">Cancelled; everything recorded so far stays consistent.</exception>
    public async Task IngestAsync(string input, string inputKey, Action<IngestStatus> progress, CancellationToken ct)
    {
        var counts = new IngestCounts(input);
        var known = rescan ? new HashSet<MessageKey>() : history.KeysOf(inputKey, window);
        var pending = new List<Pending>();
        var batches = new Queue<Task>();
        var previous = Task.CompletedTask;
        try
        {
            await foreach (var item in reader.ReadItemsAsync([input], ct).ConfigureAwait(false))
            {
                counts.Read();
                if (item.Error is { } error)
                {
                    AddError(error, counts);
                    continue;
                }

                if (!InsideDays(AuthorTextExtractor.DateOf(item)))
                {
                    item.Message?.Dispose();
                    counts.Outside();
                    continue;
                }

                var key = item.Folder is { } f ? new MessageKey(item.Source, f.UidValidity, f.Uid) : new MessageKey(item.Source);
                BeginFolder(item.Folder);
                var needsLint = !known.Contains(key);
                if (!needsLint)
                {
                    item.Message?.Dispose();
                }

                pending.Add(new Pending(needsLint ? item : null, key, item.Folder));
                if (needsLint && _modelLoad is null)
                {
                    // The model loads on the other core while the first batch fills; a run with nothing new never loads
                    // it. A failed load is cached by the Lazy and surfaces where a batch needs the engine.
                    _modelLoad = Task.Run(() => engine.Value, ct).ContinueWith(_ => { }, TaskScheduler.Default);
                }

                if (pending.Count == Batch)
                {
                    previous = Start(pending, previous, inputKey, counts, progress, ct);
                    batches.Enqueue(previous);
                    pending = [];
                    if (batches.Count > InFlight)
                    {
                        await batches.Dequeue().ConfigureAwait(false);
                    }
                }
            }

            previous = Start(pending, previous, inputKey, counts, progress, ct);
            await previous.ConfigureAwait(false);
            progress(counts.Snapshot(done: true));
        }
        finally
        {
            // Never return (and let the caller close the run) while a batch may still be writing.
            await previous.ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
        }
    }

    /// <summary>The totals of every input read so far.</summary>
    public IngestResult Result
    {
        get
        {
            lock (_historyLock)
            {
                return new(_recorded, _known, [.. _errors]);
            }
        }
    }

    // Each batch is extracted and linted at once, then recorded only after the batch before it: in order, one at a time.
    private Task Start(List<Pending> batch, Task previous, string inputKey, IngestCounts counts, Action<IngestStatus> progress, CancellationToken ct) =>
        Task.Run(async () =>
        {
            var results = Lint(batch);
            await previous.ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
            Record(batch, results, inputKey, counts);
            progress(counts.Snapshot(done: false));
        }, ct);

    // Extraction happens here, beside the linting, and only for messages history does not have yet.
    private IReadOnlyList<LintResult> Lint(List<Pending> batch)
    {
        var toLint = batch.Where(p => p.NeedsLint).ToList();
        if (toLint.Count == 0)
        {
            return [];
        }

        var documents = new EmailDocument[toLint.Count];
        Parallel.For(0, toLint.Count, i => documents[i] = Extract(toLint[i]));
        return engine.Value.LintBatch(documents);
    }

    // The parsed message is let go as soon as its text is out: disposed by the reader, and unreferenced here, so a batch
    // waiting its turn to be recorded holds only documents.
    private EmailDocument Extract(Pending pending)
    {
        var item = pending.Item!;
        pending.Item = null;
        return reader.ExtractAndDispose(item);
    }

    // One transaction per batch: per-message commits cost more than the linting. The batch is all or nothing, so the
    // folder's position never passes a message that is not recorded.
    private void Record(List<Pending> batch, IReadOnlyList<LintResult> results, string inputKey, IngestCounts counts)
    {
        var next = 0;
        var recorded = new List<RecordedMessage>();
        var alreadyRecorded = new List<FolderPosition>();
        foreach (var p in batch)
        {
            if (p.NeedsLint && results[next++] is { Document.Error: { } error })
            {
                // Not recorded, like an item that could not be read; a later message still moves the folder past it.
                AddError(error, counts);
            }
            else if (p.NeedsLint)
            {
                recorded.Add(MessageRecordFactory.Create(results[next - 1], p.Key, inputKey, p.Folder?.FolderUrl, companyDomains, suggestionsDeferred: true));
            }
            else if (p.Folder is { } f)
            {
                alreadyRecorded.Add(new FolderPosition(f.FolderUrl, f.UidValidity, f.Uid));
            }
        }

        var known = batch.Count(p => !p.NeedsLint);
        lock (_historyLock)
        {
            history.Record(runId, recorded, alreadyRecorded);
            _recorded += recorded.Count;
            _known += known;
        }

        counts.Recorded(recorded.Count, known);
    }

    private void AddError(string error, IngestCounts counts)
    {
        lock (_historyLock)
        {
            _errors.Add(error);
        }

        counts.Error();
    }

    private void BeginFolder(ImapLocation? folder)
    {
        if (folder is null || !_begunFolders.Add(folder.FolderUrl))
        {
            return;
        }

        lock (_historyLock)
        {
            history.BeginFolder(folder.FolderUrl, folder.UidValidity, resumedFolders.Contains(folder.FolderUrl), window.SinceDay, window.BeforeDay);
        }
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

    // A message read into a batch; Item is set only while it waits to be extracted (known messages never are).
    private sealed class Pending(MailItem? item, MessageKey key, ImapLocation? folder)
    {
        public MailItem? Item { get; set; } = item;

        public MessageKey Key { get; } = key;

        public ImapLocation? Folder { get; } = folder;

        public bool NeedsLint { get; } = item is not null;
    }
}

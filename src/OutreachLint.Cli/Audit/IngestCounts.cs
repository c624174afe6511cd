namespace OutreachLint.Cli.Audit;

/// <summary>The running counts of one input, updated by the reading thread and the batch that records, read as snapshots.</summary>
internal sealed class IngestCounts(string input)
{
    private int _read;
    private int _recorded;
    private int _known;
    private int _outside;
    private int _errors;

    public void Read() => Interlocked.Increment(ref _read);

    public void Outside() => Interlocked.Increment(ref _outside);

    public void Error() => Interlocked.Increment(ref _errors);

    public void Recorded(int recorded, int known)
    {
        Interlocked.Add(ref _recorded, recorded);
        Interlocked.Add(ref _known, known);
    }

    public IngestStatus Snapshot(bool done) =>
        new(input, Volatile.Read(ref _read), Volatile.Read(ref _recorded), Volatile.Read(ref _known), Volatile.Read(ref _outside), Volatile.Read(ref _errors), done);
}

namespace OutreachLint.Cli.Audit;

/// <summary>Progress of one input: items read, messages linted and recorded, already in history, outside the window, unreadable.</summary>
internal sealed record IngestStatus(string Input, int Read, int Recorded, int Known, int Outside, int Errors, bool Done);

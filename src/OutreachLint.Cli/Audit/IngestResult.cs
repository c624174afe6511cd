namespace OutreachLint.Cli.Audit;

/// <summary>What a run added: messages recorded, messages already known, and the unreadable inputs' one-line reasons.</summary>
internal sealed record IngestResult(int Recorded, int Known, IReadOnlyList<string> Errors);

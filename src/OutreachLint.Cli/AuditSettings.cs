namespace OutreachLint.Cli;

/// <summary>Configuration the audit needs beyond linting: the company's own domains, sender aliases and teams.</summary>
internal sealed record AuditSettings
{
    /// <summary>Mail to these domains is internal, not prospecting; empty means "the sender's own domain".</summary>
    public IReadOnlyList<string> CompanyDomains { get; init; } = [];

    /// <summary>Address → canonical address, so one rep's several addresses count once.</summary>
    public IReadOnlyDictionary<string, string> Aliases { get; init; } = new Dictionary<string, string>();

    /// <summary>Address → team name.</summary>
    public IReadOnlyDictionary<string, string> Teams { get; init; } = new Dictionary<string, string>();
}

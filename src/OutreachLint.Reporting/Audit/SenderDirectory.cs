namespace OutreachLint.Reporting.Audit;

/// <summary>Normalises From addresses: lower-case, then the configuration's aliases; and looks up each rep's team.</summary>
/// <param name="aliases">Address → canonical address (keys lower-case).</param>
/// <param name="teams">Address → team name; an alias or its canonical address may be named.</param>
public sealed class SenderDirectory(IReadOnlyDictionary<string, string>? aliases = null, IReadOnlyDictionary<string, string>? teams = null)
{
    private readonly IReadOnlyDictionary<string, string> _aliases = aliases ?? new Dictionary<string, string>();
    private readonly IReadOnlyDictionary<string, string> _teams = teams ?? new Dictionary<string, string>();

    /// <summary>The canonical address for <paramref name="address"/>.</summary>
    public string Normalize(string address)
    {
        var key = (address ?? "").Trim().ToLowerInvariant();
        return _aliases.TryGetValue(key, out var canonical) ? canonical.Trim().ToLowerInvariant() : key;
    }

    /// <summary>The team of the rep at <paramref name="canonical"/>, or null.</summary>
    public string? TeamOf(string canonical)
    {
        if (_teams.TryGetValue(canonical, out var team))
        {
            return team;
        }

        return _aliases.Where(a => a.Value.Equals(canonical, StringComparison.OrdinalIgnoreCase))
            .Select(a => _teams.TryGetValue(a.Key, out var t) ? t : null)
            .FirstOrDefault(t => t is not null);
    }
}

namespace OutreachLint.Reporting.Audit;

/// <summary>One team's prospecting figures, from the configuration's address → team map.</summary>
/// <param name="Team">The team name.</param>
/// <param name="Messages">Prospecting messages.</param>
/// <param name="Flagged">Of those, flagged.</param>
public sealed record TeamSummary(string Team, int Messages, int Flagged);

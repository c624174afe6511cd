namespace OutreachLint.Reporting.History;

/// <summary>The recorded messages of one sender, kind and ISO week in a window, counted.</summary>
/// <param name="Sender">The From address as recorded (aliases are applied when reporting).</param>
/// <param name="Kind">First touch, follow-up or internal.</param>
/// <param name="Week">The ISO week, or null for messages without a date.</param>
/// <param name="Messages">How many messages.</param>
/// <param name="Flagged">How many of them are flagged.</param>
/// <param name="ScoreSum">The sum of their scores, for averages.</param>
public sealed record MessageGroup(string Sender, MessageKind Kind, string? Week, int Messages, int Flagged, long ScoreSum);

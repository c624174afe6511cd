namespace OutreachLint.Mail.Sources;

/// <summary>What the first bytes of an input look like.</summary>
internal enum InputKind
{
    Empty,
    Binary,
    Mbox,
    Mime,
    PlainText,
}

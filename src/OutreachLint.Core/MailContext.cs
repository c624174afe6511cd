namespace OutreachLint.Core;

/// <summary>Who an email is between, as far as its envelope tells: the context a sentence is judged in.</summary>
public enum MailContext
{
    /// <summary>No sender or no recipients known (plain text, stripped exports).</summary>
    Unknown,

    /// <summary>Every recipient shares the sender's domain: colleagues writing to colleagues.</summary>
    Internal,

    /// <summary>At least one recipient is outside the sender's domain: the setting of prospecting mail.</summary>
    External,
}

namespace OutreachLint.Rewrite;

/// <summary>What sort of fact an entity is; every kind must survive a rewrite.</summary>
public enum RewriteEntityKind
{
    /// <summary>A capitalised name of a person, company, product or place.</summary>
    Name,

    /// <summary>An all-capitals abbreviation such as CRM or EMEA.</summary>
    Acronym,

    /// <summary>A plain number, possibly with a unit word after it.</summary>
    Number,

    /// <summary>A money amount such as $40M or £2,000.</summary>
    Money,

    /// <summary>A percentage or multiplier such as 30% or 3x.</summary>
    Ratio,

    /// <summary>A length of time such as "15 minutes" or "half an hour".</summary>
    Duration,

    /// <summary>A day of the week.</summary>
    Day,

    /// <summary>A month name.</summary>
    Month,

    /// <summary>A calendar date such as 12/03, "14 March" or "the 21st".</summary>
    Date,

    /// <summary>A clock time such as 2pm or 14:30.</summary>
    Time,

    /// <summary>A quarter, half or fiscal year such as Q3, H2 or FY26.</summary>
    Period,
}

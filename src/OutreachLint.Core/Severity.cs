namespace OutreachLint.Core;

/// <summary>How serious a finding is; ordered so that thresholds such as <c>--fail-on</c> compare with &gt;=.</summary>
public enum Severity
{
    /// <summary>Worth knowing, not worth blocking a send.</summary>
    Info = 0,

    /// <summary>Should be rewritten before sending.</summary>
    Warning = 1,

    /// <summary>Certain enough that a team may block on it.</summary>
    Error = 2,
}

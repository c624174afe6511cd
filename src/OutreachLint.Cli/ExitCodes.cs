namespace OutreachLint.Cli;

/// <summary>The contract's exit codes; only the CLI knows them.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above <c>--fail-on</c>.</summary>
    public const int Clean = 0;

    /// <summary>Findings at or above <c>--fail-on</c>.</summary>
    public const int Findings = 1;

    /// <summary>Usage or configuration error: nothing was checked.</summary>
    public const int Usage = 2;

    /// <summary>Some inputs could not be read; the rest were checked and reported.</summary>
    public const int InputErrors = 3;
}

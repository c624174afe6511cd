namespace OutreachLint.Identity;

/// <summary>Where the token cache lives and how it is protected, as the user should be told.</summary>
/// <param name="Path">The cache file (with the OS keyring: only its lock and change-notification file).</param>
/// <param name="Protection">In a few words: "macOS Keychain", "Windows DPAPI", "Linux keyring (libsecret)" or "unprotected file".</param>
public sealed record TokenCacheStorage(string Path, string Protection)
{
    /// <summary>True when the tokens sit in a plain file whose only protection is its permissions.</summary>
    public bool IsUnprotectedFile => Protection == UnprotectedFile;

    internal const string UnprotectedFile = "unprotected file, readable only by you";
}

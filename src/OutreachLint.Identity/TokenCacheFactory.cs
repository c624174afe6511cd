using Microsoft.Identity.Client.Extensions.Msal;

namespace OutreachLint.Identity;

/// <summary>
/// Opens the token cache the way the OS expects: Keychain on macOS, DPAPI on Windows, libsecret on Linux. Where the
/// keyring does not work (a headless server, no D-Bus session), falls back to a plain file that only the user can read.
/// </summary>
internal static class TokenCacheFactory
{
    public const string CacheFileName = "msal-cache.bin";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates the cache helper for <paramref name="directory"/>; <paramref name="log"/> hears why a keyring failed.</summary>
    /// <exception cref="IOException">The cache folder cannot be created.</exception>
    public static async Task<(MsalCacheHelper Helper, TokenCacheStorage Storage)> CreateAsync(string directory, Action<string>? log)
    {
        CreateOwnerOnlyDirectory(directory);
        var path = Path.Combine(directory, CacheFileName);
        var protectedProperties = new StorageCreationPropertiesBuilder(CacheFileName, directory)
            .WithMacKeyChain("OutreachLint", "Microsoft 365 token cache")
            .WithLinuxKeyring("org.outreachlint.tokencache", MsalCacheHelper.LinuxKeyRingDefaultCollection,
                "OutreachLint Microsoft 365 token cache",
                new KeyValuePair<string, string>("Product", "OutreachLint"), new KeyValuePair<string, string>("Version", "1"))
            .Build();
        var helper = await MsalCacheHelper.CreateAsync(protectedProperties).ConfigureAwait(false);
        try
        {
            // Without this check a missing keyring is silent: reads return nothing and writes vanish, so the sign-in
            // prompt would come back on every run (measured; see the oauth2 recipe).
            helper.VerifyPersistence();
            return (helper, new TokenCacheStorage(path, ProtectionName()));
        }
        catch (MsalCachePersistenceException e)
        {
            var fallback = new StorageCreationPropertiesBuilder(CacheFileName, directory).WithUnprotectedFile().Build();
            var fileHelper = await MsalCacheHelper.CreateAsync(fallback).ConfigureAwait(false);
            log?.Invoke($"OS keyring not usable, falling back to a file: {e.Message}");
            return (fileHelper, new TokenCacheStorage(path, TokenCacheStorage.UnprotectedFile));
        }
    }

    private static void CreateOwnerOnlyDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory); // the profile's ACL already keeps other users out
            return;
        }

        // MSAL creates the file 0600 but leaves the folder 0755 (measured): the folder is ours alone.
        Directory.CreateDirectory(directory, OwnerOnly);
        File.SetUnixFileMode(directory, OwnerOnly);
    }

    private static string ProtectionName() =>
        OperatingSystem.IsMacOS() ? "macOS Keychain"
        : OperatingSystem.IsWindows() ? "Windows DPAPI"
        : "Linux keyring (libsecret)";
}

namespace OutreachLint.Imap.Tests.Harness;

/// <summary>Makes sure Dovecot 2.3 is installed, installing it with apt when running as root; never skips silently.</summary>
internal static class DovecotInstaller
{
    private static readonly Lazy<string> Version = new(InstallOnce, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Returns the installed Dovecot version, installing it first if needed.</summary>
    /// <exception cref="InvalidOperationException">Dovecot is missing and cannot be installed, or is not 2.3.</exception>
    public static string EnsureInstalled() => Version.Value;

    private static string InstallOnce()
    {
        if (!ProcessRunner.OnPath("dovecot"))
        {
            if (Environment.UserName != "root")
            {
                throw new InvalidOperationException(
                    "Dovecot is not installed and these tests are not running as root: run 'apt-get install -y dovecot-imapd' first.");
            }

            if (!ProcessRunner.OnPath("apt-get"))
            {
                throw new InvalidOperationException("Dovecot is not installed and apt-get is not available to install it.");
            }

            var (code, output) = ProcessRunner.Shell(
                "apt-get update -q && apt-get install -y -q dovecot-imapd", TimeSpan.FromMinutes(10));
            if (code != 0 || !ProcessRunner.OnPath("dovecot"))
            {
                throw new InvalidOperationException($"installing dovecot-imapd failed (exit {code}):\n{Tail(output)}");
            }
        }

        var (_, version) = ProcessRunner.Run("dovecot", ["--version"], TimeSpan.FromSeconds(20));
        if (!version.StartsWith("2.3.", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the test harness writes Dovecot 2.3 configuration, found {version.Trim()}");
        }

        return version.Trim();
    }

    private static string Tail(string text) => string.Join('\n', text.Split('\n').TakeLast(20));
}

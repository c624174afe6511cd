using OutreachLint.Mail.Sources;

namespace OutreachLint.Cli;

/// <summary>
/// Gets a token for every IMAP input before anything is read, so a missing sign-in stops the run with one line and
/// exit code 2 (nothing was checked), and a device-code prompt never lands in the middle of a progress display.
/// </summary>
internal static class SignInPreflight
{
    /// <summary>Asks <paramref name="options"/>' token provider, if any, for each IMAP input's account once.</summary>
    /// <exception cref="UsageException">A token cannot be had for an input.</exception>
    public static async Task EnsureAsync(ImapSourceOptions options, IEnumerable<string> inputs, CancellationToken ct)
    {
        if (options.TokenProvider is not { } provider)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var input in inputs.Where(ImapUrl.IsImapUrl))
        {
            // A malformed URL is reported by the reader with its own usage message.
            if (!ImapUrl.TryParse(input, out var url, out _) || !seen.Add(url.Account))
            {
                continue;
            }

            try
            {
                await provider.GetTokenAsync(url, ct).ConfigureAwait(false);
            }
            catch (ImapTokenException e)
            {
                throw new UsageException($"{url}: {e.Message}");
            }
        }
    }
}

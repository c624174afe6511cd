using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace OutreachLint.Mail.Sources;

/// <summary>
/// One IMAP folder, opened read-only and read in UID order without setting \Seen. Items are labelled
/// <c>imaps://user@host/Folder;UID=42</c>; failures (login, certificate, lost server) end the folder with one error item.
/// </summary>
public sealed class ImapMessageSource : IMessageSource
{
    private readonly ImapUrl _url;
    private readonly ImapSourceOptions _options;

    /// <summary>Creates a source for the folder at <paramref name="url"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ImapMessageSource(ImapUrl url, ImapSourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(options);
        _url = url;
        _options = options;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<MailItem> ReadAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var (validator, error) = CreateValidator();
        if (validator is null)
        {
            yield return new MailItem(_url.ToString(), null, null, $"{_url}: {error}");
            yield break;
        }

        var reader = new ImapFolderReader(_url, _options, validator);
        await using (reader.ConfigureAwait(false))
        {
            while (true)
            {
                var (items, done) = await reader.NextBatchAsync(ct).ConfigureAwait(false);
                foreach (var item in items)
                {
                    yield return item;
                }

                if (done)
                {
                    yield break;
                }
            }
        }
    }

    private (ServerCertificateValidator? Validator, string? Error) CreateValidator()
    {
        try
        {
            return (ServerCertificateValidator.Create(_options), null);
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read CA file {_options.CaFile} ({ex.Message})");
        }
    }
}

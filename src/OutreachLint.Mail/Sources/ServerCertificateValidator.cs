using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace OutreachLint.Mail.Sources;

/// <summary>
/// Validates IMAP server certificates: the system trust store first, then the certificates of a CA file as extra
/// roots (or as pinned self-signed certificates). Remembers why it rejected one, so a failed handshake can be
/// told apart from a dropped connection.
/// </summary>
internal sealed class ServerCertificateValidator
{
    private readonly X509Certificate2Collection _trusted;
    private readonly bool _insecure;

    private ServerCertificateValidator(X509Certificate2Collection trusted, bool insecure)
    {
        _trusted = trusted;
        _insecure = insecure;
    }

    /// <summary>Why the last certificate was rejected, or null when none was.</summary>
    public string? Rejection { get; private set; }

    /// <summary>Loads the CA file of <paramref name="options"/>, if any.</summary>
    /// <exception cref="CryptographicException">The CA file holds no readable PEM certificate.</exception>
    /// <exception cref="IOException">The CA file cannot be read.</exception>
    public static ServerCertificateValidator Create(ImapSourceOptions options)
    {
        var trusted = new X509Certificate2Collection();
        if (options.CaFile is not null)
        {
            trusted.ImportFromPemFile(options.CaFile);
            if (trusted.Count == 0)
            {
                throw new CryptographicException($"{options.CaFile} contains no PEM certificate");
            }
        }

        return new ServerCertificateValidator(trusted, options.Insecure);
    }

    /// <summary>The callback for MailKit's <c>ServerCertificateValidationCallback</c>.</summary>
    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None || _insecure)
        {
            return true;
        }

        var accepted = certificate is not null
            && errors == SslPolicyErrors.RemoteCertificateChainErrors // a name mismatch is never forgiven
            && _trusted.Count > 0
            && (IsPinned(certificate) || ChainsToTrustedRoot(certificate, chain));
        Rejection = accepted ? null : Describe(errors, chain);
        return accepted;
    }

    private bool IsPinned(X509Certificate certificate)
    {
        var presented = certificate.GetCertHash(HashAlgorithmName.SHA256);
        return _trusted.Any(t => CryptographicOperations.FixedTimeEquals(t.GetCertHash(HashAlgorithmName.SHA256), presented));
    }

    private bool ChainsToTrustedRoot(X509Certificate certificate, X509Chain? presentedChain)
    {
        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(_trusted);
        // Private CAs rarely publish revocation lists; trust in them is the explicit --ca-file choice.
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (presentedChain is not null)
        {
            foreach (var element in presentedChain.ChainElements)
            {
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        return custom.Build(leaf);
    }

    private static string Describe(SslPolicyErrors errors, X509Chain? chain)
    {
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            return "the certificate's name does not match the host";
        }

        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return "the server sent no certificate";
        }

        var statuses = chain?.ChainStatus.Select(s => s.Status).ToHashSet() ?? [];
        var reason = statuses.Contains(X509ChainStatusFlags.NotTimeValid) ? "it has expired or is not yet valid"
            : statuses.Contains(X509ChainStatusFlags.Revoked) ? "it has been revoked"
            : "it is issued by an authority this system does not trust";
        return $"{reason}; {string.Join(", ", statuses)}";
    }
}

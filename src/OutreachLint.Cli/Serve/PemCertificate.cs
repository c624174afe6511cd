using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace OutreachLint.Cli.Serve;

/// <summary>Loads the HTTPS certificate from PEM files, as mkcert and openssl write them.</summary>
internal static class PemCertificate
{
    /// <summary>The certificate in <paramref name="certFile"/> with the private key in <paramref name="keyFile"/> (or the same file).</summary>
    /// <exception cref="UsageException">A file is missing, unreadable, or not a matching certificate and key.</exception>
    public static X509Certificate2 Load(string certFile, string? keyFile)
    {
        ArgumentNullException.ThrowIfNull(certFile);
        foreach (var (file, option) in new[] { (certFile, "--cert-file"), (keyFile, "--key-file") })
        {
            if (file is not null && !File.Exists(file))
            {
                throw new UsageException($"{option} {file}: file not found");
            }
        }

        try
        {
            using var pem = X509Certificate2.CreateFromPemFile(certFile, keyFile);

            // A PEM key is ephemeral; Windows' TLS stack only uses a key that went through PKCS#12, so round-trip it once.
            return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--cert-file {certFile}: cannot load the certificate and its private key ({e.Message.Split('\n')[0].TrimEnd('.')})");
        }
    }
}

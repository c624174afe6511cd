using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace OutreachLint.Serve.Tests;

/// <summary>A throwaway certificate for localhost, made in the test, with PEM files as mkcert would write them.</summary>
internal sealed class SelfSignedCertificate : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("outreachlint-cert-").FullName;

    public SelfSignedCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        Certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        CertFile = Path.Combine(_folder, "localhost.pem");
        KeyFile = Path.Combine(_folder, "localhost-key.pem");
        File.WriteAllText(CertFile, Certificate.ExportCertificatePem());
        File.WriteAllText(KeyFile, key.ExportPkcs8PrivateKeyPem());
    }

    /// <summary>The certificate with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    public string CertFile { get; }

    public string KeyFile { get; }

    /// <summary>A client that trusts this certificate and nothing else (the host name is still checked).</summary>
    public HttpClient TrustingClient(Uri baseAddress)
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.CertificateChainPolicy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            RevocationMode = X509RevocationMode.NoCheck,
            CustomTrustStore = { X509CertificateLoader.LoadCertificate(Certificate.RawData) },
        };
        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public void Dispose()
    {
        Certificate.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}

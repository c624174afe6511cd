namespace OutreachLint.Imap.Tests.Harness;

/// <summary>Makes the server certificate with openssl: self-signed, or signed by a throw-away test CA.</summary>
internal static class TestCertificates
{
    private const string San = "subjectAltName=DNS:localhost,IP:127.0.0.1";

    /// <summary>Writes key.pem and cert.pem (for Dovecot) and trust.pem (for clients) into <paramref name="dir"/>.</summary>
    public static void Create(string dir, bool privateCa)
    {
        string Path(string name) => System.IO.Path.Join(dir, name);
        if (!privateCa)
        {
            OpenSsl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "3650",
                "-keyout", Path("key.pem"), "-out", Path("cert.pem"), "-subj", "/CN=localhost", "-addext", San);
            File.Copy(Path("cert.pem"), Path("trust.pem"));
            return;
        }

        OpenSsl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "3650",
            "-keyout", Path("ca.key"), "-out", Path("trust.pem"), "-subj", "/CN=OutreachLint Test CA",
            "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        OpenSsl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", Path("key.pem"), "-out", Path("server.csr"),
            "-subj", "/CN=localhost");
        File.WriteAllText(Path("server.ext"), $"{San}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
        OpenSsl("x509", "-req", "-in", Path("server.csr"), "-CA", Path("trust.pem"), "-CAkey", Path("ca.key"),
            "-CAcreateserial", "-out", Path("cert.pem"), "-days", "3650", "-sha256", "-extfile", Path("server.ext"));
    }

    private static void OpenSsl(params string[] arguments)
    {
        var (code, output) = ProcessRunner.Run("openssl", arguments, TimeSpan.FromSeconds(60));
        if (code != 0)
        {
            throw new InvalidOperationException($"openssl {arguments[0]} failed: {output}");
        }
    }
}

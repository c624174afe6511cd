using System.Net.Sockets;
using System.Text;

namespace OutreachLint.Imap.Tests.Harness;

/// <summary>
/// A throw-away Dovecot 2.3 instance on two free high ports of 127.0.0.1 (imap with STARTTLS, and imaps), with its
/// own config, certificate, users and mail under a short folder in /tmp. Every recipe pitfall is handled here.
/// </summary>
public sealed class DovecotServer : IDisposable
{
    private readonly Dictionary<string, string> _users;

    /// <summary>Writes the configuration and certificates and starts the server.</summary>
    /// <param name="users">Login names and passwords.</param>
    /// <param name="privateCa">Sign the server certificate with a test CA instead of self-signing it.</param>
    /// <param name="introspectionUrl">An OAuth2 token-introspection endpoint to enable XOAUTH2/OAUTHBEARER logins.</param>
    public DovecotServer(IReadOnlyDictionary<string, string> users, bool privateCa = false, string? introspectionUrl = null)
    {
        DovecotInstaller.EnsureInstalled();
        _users = new Dictionary<string, string>(users);
        // Short root: base_dir holds UNIX sockets whose paths must stay under 108 bytes. /tmp itself is world-searchable.
        Root = Path.Join("/tmp", "oli-" + Guid.NewGuid().ToString("N")[..8]);
        ImapPort = FreePort.Next();
        ImapsPort = FreePort.Next();
        WriteFiles(privateCa, introspectionUrl);
        Start();
    }

    public string Root { get; }

    public int ImapPort { get; }

    public int ImapsPort { get; }

    /// <summary>The PEM file a client passes as CaFile: the test CA, or the self-signed server certificate.</summary>
    public string CaFile => Path.Join(Root, "certs", "trust.pem");

    public string ConfigPath => Path.Join(Root, "dovecot.conf");

    public string Password(string user) => _users[user];

    /// <summary>Starts the master (again, after <see cref="KillAll"/>) and waits until both ports accept connections.</summary>
    public void Start()
    {
        // A killed master can linger as a zombie whose PID still "exists": a stale pid file would block the restart.
        File.Delete(Path.Join(Root, "run", "master.pid"));
        // The daemon inherits our stdio; redirect it or a captured pipe never closes (recipe pitfall 11).
        var (code, output) = ProcessRunner.Shell($"dovecot -c '{ConfigPath}' </dev/null >/dev/null 2>&1; echo $?", TimeSpan.FromSeconds(30));
        if (code != 0 || output.Trim() != "0")
        {
            throw new InvalidOperationException($"dovecot did not start (exit {output.Trim()}):\n{LogTail()}");
        }

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!(Accepts(ImapPort) && Accepts(ImapsPort)))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"dovecot did not listen on {ImapPort}/{ImapsPort} within 15 s:\n{LogTail()}");
            }

            Thread.Sleep(50);
        }
    }

    /// <summary>Simulates a crashed server: SIGKILL to every live process of the master's session, sessions included.</summary>
    public void KillAll()
    {
        var pidFile = Path.Join(Root, "run", "master.pid");
        if (!File.Exists(pidFile))
        {
            return;
        }

        var master = File.ReadAllText(pidFile).Trim();
        var (_, listing) = ProcessRunner.Run("ps", ["-s", master, "-o", "pid=,stat="], TimeSpan.FromSeconds(10));
        foreach (var line in listing.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 2 && !fields[1].StartsWith('Z') && int.TryParse(fields[0], out var pid))
            {
                ProcessRunner.Run("kill", ["-KILL", pid.ToString()], TimeSpan.FromSeconds(5));
            }
        }

        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (Accepts(ImapsPort) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }
    }

    public string LogTail()
    {
        var log = Path.Join(Root, "log", "dovecot.log");
        return File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(30)) : "(no log)";
    }

    public void Dispose()
    {
        KillAll();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a straggling process may still hold a file; /tmp is cleaned eventually
        }
    }

    private static bool Accepts(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private void WriteFiles(bool privateCa, string? introspectionUrl)
    {
        foreach (var dir in new[] { "", "run", "state", "log", "certs", "mail" })
        {
            Directory.CreateDirectory(Path.Join(Root, dir));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(Path.Join(Root, dir), (UnixFileMode)0b111_101_101); // 0755: dovecot/mail users must traverse
            }
        }

        var root = Environment.UserName == "root";
        // Mail processes may not run as uid 0: use Debian's "mail" user (uid 8) as the recipe says.
        var mailUser = root ? "mail" : Environment.UserName;
        var (_, uid) = ProcessRunner.Run("id", ["-u", mailUser], TimeSpan.FromSeconds(5));
        var (_, gid) = ProcessRunner.Run("id", ["-g", mailUser], TimeSpan.FromSeconds(5));
        ProcessRunner.Run("chown", [$"{uid.Trim()}:{gid.Trim()}", Path.Join(Root, "mail")], TimeSpan.FromSeconds(5));
        TestCertificates.Create(Path.Join(Root, "certs"), privateCa);

        File.WriteAllLines(Path.Join(Root, "users.passwd"), _users.Select(u => $"{u.Key}:{{PLAIN}}{u.Value}::::::"));
        if (introspectionUrl is not null)
        {
            File.WriteAllText(Path.Join(Root, "oauth2.ext"), DovecotConfig.OAuth2Ext(introspectionUrl));
        }

        var config = DovecotConfig.Render(Root, ImapPort, ImapsPort, uid.Trim(), gid.Trim(), root, introspectionUrl is not null);
        File.WriteAllText(ConfigPath, config, new UTF8Encoding(false));
    }
}

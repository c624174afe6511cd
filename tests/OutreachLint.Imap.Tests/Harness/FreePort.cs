using System.Net;
using System.Net.Sockets;

namespace OutreachLint.Imap.Tests.Harness;

/// <summary>Picks a currently free TCP port on 127.0.0.1 (HttpListener and Dovecot cannot bind port 0 for us).</summary>
internal static class FreePort
{
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}

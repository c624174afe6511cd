using System.Net;
using System.Text;

namespace OutreachLint.Imap.Tests.Harness;

/// <summary>A minimal OAuth2 token-introspection endpoint for Dovecot's oauth2 passdb: one good token, one user.</summary>
public sealed class TokenIntrospectionEndpoint : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _goodToken;
    private readonly string _user;
    private readonly Task _loop;
    private int _requests;

    public TokenIntrospectionEndpoint(string goodToken, string user)
    {
        _goodToken = goodToken;
        _user = user;
        var port = FreePort.Next(); // HttpListener cannot bind port 0
        Url = $"http://127.0.0.1:{port}/introspect";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    /// <summary>How many introspection requests arrived; proves logins really went through the endpoint.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Interlocked.Increment(ref _requests);
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var form = System.Web.HttpUtility.ParseQueryString(await reader.ReadToEndAsync());
            var body = form["token"] == _goodToken ? $"{{\"active\": true, \"username\": \"{_user}\"}}" : "{\"active\": false}";
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}

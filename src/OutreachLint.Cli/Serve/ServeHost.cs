using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OutreachLint.Core;

namespace OutreachLint.Cli.Serve;

/// <summary>Builds the local web server: Kestrel on loopback only, the check API and the embedded page.</summary>
internal static class ServeHost
{
    /// <summary>The port <c>serve</c> listens on unless told otherwise.</summary>
    public const int DefaultPort = 5199;

    /// <summary>The largest request body accepted; a real draft is a few KB.</summary>
    public const long MaxRequestBytes = 256 * 1024;

    /// <summary>A server ready to start on 127.0.0.1:<paramref name="port"/> (0 picks a free port).</summary>
    public static WebApplication Build(LintEngine engine, int port)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, IPEndPoint.MaxPort);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });

        // Drafts are private: no request logging at all, only the server's own warnings and errors.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBytes;
            kestrel.Listen(IPAddress.Loopback, port);
        });

        // A page on another site could reach a loopback server through DNS rebinding; only loopback names are served.
        builder.Services.AddHostFiltering(o => o.AllowedHosts = ["127.0.0.1", "localhost", "[::1]"]);
        var app = builder.Build();
        app.UseHostFiltering();
        app.Use(SecurityHeaders.ApplyAsync);
        var check = new CheckEndpoint(engine);
        app.MapPost("/api/check", check.HandleAsync);
        app.MapGet("/healthz", () => Results.Text("ok"));

        // Browsers ask for an icon on their own; an empty answer keeps a 404 out of every page's console.
        app.MapGet("/favicon.ico", () => Results.NoContent());
        PageAssets.Map(app);
        return app;
    }

    /// <summary>The address a started server listens on, with the port Kestrel picked when asked for 0.</summary>
    public static Uri Address(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        return new Uri(addresses.First());
    }
}

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OutreachLint.Cli.Serve;

/// <summary>Builds the local web server: Kestrel on loopback unless told otherwise, the check API, the page and the add-in.</summary>
internal static class ServeHost
{
    /// <summary>The port <c>serve</c> listens on unless told otherwise; the add-in's manifest names it.</summary>
    public const int DefaultPort = 5199;

    /// <summary>The largest request body accepted; a real draft is a few KB.</summary>
    public const long MaxRequestBytes = 256 * 1024;

    /// <summary>A server ready to start as <paramref name="settings"/> say.</summary>
    /// <exception cref="InvalidOperationException">An address is beyond loopback and no token is set.</exception>
    public static WebApplication Build(ServeEngines engines, ServeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(engines);
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.IsLoopbackOnly && string.IsNullOrEmpty(settings.Token))
        {
            throw new InvalidOperationException("a server reachable beyond loopback needs an access token");
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });

        // Drafts are private: no request logging at all, only the server's own warnings and errors.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBytes;
            foreach (var address in settings.Addresses)
            {
                kestrel.Listen(address.Address, address.Port, listen => UseHttps(listen, address, settings));
            }
        });

        // A page on another site could reach a loopback server through DNS rebinding, so on loopback only loopback
        // names are served; beyond loopback the token, which such a page cannot know, guards the API instead.
        builder.Services.AddHostFiltering(o => o.AllowedHosts = settings.IsLoopbackOnly ? ["127.0.0.1", "localhost", "[::1]"] : ["*"]);
        var app = builder.Build();
        app.UseHostFiltering();
        app.Use(SecurityHeaders.ApplyAsync);
        app.Use(new ApiAccess(settings.Token).GuardAsync);
        var check = new CheckEndpoint(engines);
        app.MapPost("/api/check", check.HandleAsync);
        app.MapGet("/healthz", () => Results.Text("ok"));

        // Browsers ask for an icon on their own; an empty answer keeps a 404 out of every page's console.
        app.MapGet("/favicon.ico", () => Results.NoContent());
        PageAssets.Map(app);
        return app;
    }

    /// <summary>
    /// The address a started server listens on, with the port Kestrel picked when asked for 0. Over HTTPS on loopback
    /// it is named localhost, the name development certificates (and the add-in's manifest) use.
    /// </summary>
    public static Uri Address(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = new UriBuilder(addresses.First());
        if (address.Scheme == Uri.UriSchemeHttps && IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip))
        {
            address.Host = "localhost";
        }

        return address.Uri;
    }

    private static void UseHttps(ListenOptions listen, ListenAddress address, ServeSettings settings)
    {
        if (!address.Https)
        {
            return;
        }

        // Without a certificate of its own Kestrel takes the ASP.NET Core development certificate (dotnet dev-certs https).
        if (settings.Certificate is { } certificate)
        {
            listen.UseHttps(certificate);
        }
        else
        {
            listen.UseHttps();
        }
    }
}

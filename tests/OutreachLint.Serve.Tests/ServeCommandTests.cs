using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace OutreachLint.Serve.Tests;

/// <summary><c>outreachlint serve</c> as a separate process: it announces its address, answers, and stops cleanly.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_WhenStarted_AnnouncesLoopbackAddressAnswersAndStopsOnSigterm()
    {
        using var serve = ServeProcess.Start("--port", "0");
        var address = await serve.ReadAddressAsync();
        using var client = new HttpClient { BaseAddress = address };

        Assert.Equal("ok", await client.GetStringAsync("healthz"));
        using var response = await client.PostAsJsonAsync("api/check", new { text = Drafts.Flagged });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Drafts.Pitch, await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await serve.StopAsync());
    }

    [Fact]
    public async Task Serve_WhenPortIsTaken_ExitsWithUsageErrorOnOneLine()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        using var serve = ServeProcess.Start("--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var stderr = await serve.Process.StandardError.ReadToEndAsync();
        await serve.Process.WaitForExitAsync();

        Assert.Equal(2, serve.Process.ExitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"outreachlint: cannot listen on 127.0.0.1:{port}", line);
    }

    [Fact]
    public async Task Serve_WhenPortIsOutOfRange_ExitsWithUsageError()
    {
        using var serve = ServeProcess.Start("--port", "70000");
        await serve.Process.WaitForExitAsync();

        Assert.Equal(2, serve.Process.ExitCode);
    }

    [Fact]
    public async Task Serve_WhenBeyondLoopbackWithoutToken_ExitsWithUsageErrorNamingTheVariable()
    {
        using var serve = ServeProcess.Start("--urls", "http://0.0.0.0:0");
        var stderr = await serve.Process.StandardError.ReadToEndAsync();
        await serve.Process.WaitForExitAsync();

        Assert.Equal(2, serve.Process.ExitCode);
        Assert.Contains("OUTREACHLINT_SERVE_TOKEN", stderr);
    }

    [Fact]
    public async Task Serve_WhenBeyondLoopbackWithTokenInEnvironment_RequiresItOnTheApi()
    {
        using var serve = ServeProcess.StartWith(new Dictionary<string, string> { ["OUTREACHLINT_SERVE_TOKEN"] = "s3cret-token" }, "--urls", "http://0.0.0.0:0");
        var address = await serve.ReadAddressAsync();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{address.Port}/") };

        using var without = await client.PostAsJsonAsync("api/check", new { text = Drafts.Flagged });
        client.DefaultRequestHeaders.Authorization = new("Bearer", "s3cret-token");
        using var with = await client.PostAsJsonAsync("api/check", new { text = Drafts.Flagged });

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
        Assert.Equal(0, await serve.StopAsync());
    }

    [Fact]
    public async Task Serve_WhenGivenPemCertificate_ServesHttpsOnLocalhost()
    {
        using var certificate = new SelfSignedCertificate();
        using var serve = ServeProcess.Start("--port", "0", "--cert-file", certificate.CertFile, "--key-file", certificate.KeyFile);
        var address = await serve.ReadAddressAsync();
        using var client = certificate.TrustingClient(address);

        Assert.Equal("https://localhost", address.GetLeftPart(UriPartial.Authority)[..17]);
        Assert.Equal("ok", await client.GetStringAsync("healthz"));
        Assert.Equal(0, await serve.StopAsync());
    }

    [Fact]
    public async Task Serve_WhenHttpsHasNoCertificate_ExplainsHowToMakeOne()
    {
        // A HOME of its own: no ASP.NET Core development certificate in the process's certificate store.
        using var serve = ServeProcess.StartWith(new Dictionary<string, string> { ["HOME"] = Path.GetTempPath() + Guid.NewGuid().ToString("N"), ["DOTNET_CLI_HOME"] = Path.GetTempPath() }, "--port", "0", "--https");
        var stderr = await serve.Process.StandardError.ReadToEndAsync();
        await serve.Process.WaitForExitAsync();

        Assert.Equal(2, serve.Process.ExitCode);
        Assert.Contains("dotnet dev-certs https", stderr);
    }
}

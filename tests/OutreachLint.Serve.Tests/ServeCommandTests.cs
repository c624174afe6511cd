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
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Authentication;
using Microsoft.AspNetCore.Builder;
using OutreachLint.Cli.Serve;

namespace OutreachLint.Serve.Tests;

/// <summary>Who may reach the API: same origin only (no CORS for anyone), the token when one is set, HTTPS with a given certificate.</summary>
[Collection(ServerCollection.Name)]
public sealed class ServeAccessTests(ServerFixture server)
{
    private const string Token = "test-token-0123456789";

    [Fact]
    public async Task Api_WhenOriginIsAnotherSite_Answers403WithoutCorsHeaders()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/check") { Content = JsonContent.Create(new { text = Drafts.Flagged }) };
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.DoesNotContain(Drafts.Pitch, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("null")]
    [InlineData("https://outlook.office.com")]
    public async Task Api_WhenPreflightComesFromAnyOrigin_GrantsNoCors(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/check");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type, authorization");

        using var response = await server.Client.SendAsync(request);

        Assert.False(response.IsSuccessStatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Api_WhenOriginIsTheServersOwn_Answers()
    {
        // The page and the add-in are served by this server, so their requests are same-origin and need no CORS.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/check") { Content = JsonContent.Create(new { text = Drafts.Flagged }) };
        request.Headers.Add("Origin", server.Address.GetLeftPart(UriPartial.Authority));

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Api_WhenTokenIsSet_RefusesCallersWithoutIt()
    {
        await using var app = await StartAsync(new ServeSettings { Addresses = [ListenAddress.Loopback(0, https: false)], Token = Token });
        using var client = new HttpClient { BaseAddress = ServeHost.Address(app) };

        using var none = await client.PostAsJsonAsync("api/check", new { text = Drafts.Flagged });
        using var wrong = await SendWithTokenAsync(client, "test-token-0123456780");
        using var right = await SendWithTokenAsync(client, Token);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal("ok", await client.GetStringAsync("healthz"));
    }

    [Fact]
    public void Build_WhenBeyondLoopbackWithoutToken_Refuses()
    {
        var settings = new ServeSettings { Addresses = [new ListenAddress(false, IPAddress.Any, 0)] };

        Assert.Throws<InvalidOperationException>(() => ServeHost.Build(server.Engines, settings));
    }

    [Fact]
    public async Task Https_WhenGivenACertificate_ServesLocalhostWithExactlyThatCertificate()
    {
        using var certificate = new SelfSignedCertificate();
        await using var app = await StartAsync(new ServeSettings { Addresses = [ListenAddress.Loopback(0, https: true)], Certificate = certificate.Certificate });
        var address = ServeHost.Address(app);
        using var trusting = certificate.TrustingClient(address);
        using var ordinary = new HttpClient { BaseAddress = address };

        using var response = await trusting.PostAsJsonAsync("api/check", new { text = Drafts.Flagged });

        Assert.Equal("https", address.Scheme);
        Assert.Equal("localhost", address.Host);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await trusting.GetStringAsync("healthz"));
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => ordinary.GetStringAsync("healthz"));
        Assert.IsType<AuthenticationException>(refused.InnerException);
    }

    [Theory]
    [InlineData("https://0.0.0.0:5199", true, false)]
    [InlineData("http://localhost:0", false, true)]
    [InlineData("https://[::1]:8443/", true, true)]
    [InlineData("http://*:80", false, false)]
    public void ListenAddress_Parses(string url, bool https, bool loopback)
    {
        var address = ListenAddress.Parse(url);

        Assert.Equal(https, address.Https);
        Assert.Equal(loopback, address.IsLoopback);
    }

    private async Task<WebApplication> StartAsync(ServeSettings settings)
    {
        var app = ServeHost.Build(server.Engines, settings);
        await app.StartAsync();
        return app;
    }

    private static async Task<HttpResponseMessage> SendWithTokenAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/check") { Content = JsonContent.Create(new { text = Drafts.Flagged }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }
}

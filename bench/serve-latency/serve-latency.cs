#:property PublishAot=false
// Latency of `outreachlint serve`'s POST /api/check for one 150-word prospecting draft, over loopback.
// Usage: start `outreachlint serve --port 0`, then `dotnet run serve-latency.cs -- http://127.0.0.1:PORT/ [requests]`.
// A bounded sequential loop (one client, keep-alive) after a warm-up; prints p50, p90, p99 and max in milliseconds.
// Then throughput under a bounded local load: 4 clients at once for the same number of requests.
using System.Diagnostics;
using System.Net.Http.Json;

var address = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:5199/");
var requests = args.Length > 1 ? int.Parse(args[1]) : 500;
const string Draft = """
    Hi Dana,

    I saw on LinkedIn that Northwind is rolling out a new warehouse management system across its three
    distribution centres in the third quarter, and that your team is hiring pickers in Leeds and Bristol.
    Congratulations on the growth. We'd love to partner with you on your Q3 rollout. Our award-winning
    platform has helped more than two hundred logistics companies cut mis-picks, and our value proposition
    is simple: we create value for customers at every stage of the journey. Could you spare 30 minutes for
    a quick call next week? I'd also be grateful for an introduction to whoever owns the rollout budget.
    If the timing is wrong, just let me know and I will follow up after your September planning cycle.
    In the meantime, I have attached a short case study from a retailer of a similar size to yours.

    Best regards,
    Sam Carter
    Account Executive
    """;

using var client = new HttpClient { BaseAddress = address };
for (var i = 0; i < 50; i++)
{
    (await client.PostAsJsonAsync("api/check", new { text = Draft })).EnsureSuccessStatusCode();
}

var times = new double[requests];
for (var i = 0; i < requests; i++)
{
    var watch = Stopwatch.StartNew();
    using var response = await client.PostAsJsonAsync("api/check", new { text = Draft });
    await response.Content.ReadAsByteArrayAsync();
    times[i] = watch.Elapsed.TotalMilliseconds;
    response.EnsureSuccessStatusCode();
}

Array.Sort(times);
double At(double q) => times[(int)Math.Ceiling(q * requests) - 1];
Console.WriteLine($"words {Draft.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length}, requests {requests}: " +
    $"p50 {At(0.50):0.00} ms, p90 {At(0.90):0.00} ms, p99 {At(0.99):0.00} ms, max {times[^1]:0.00} ms, total {times.Sum() / 1000:0.00} s");

const int Clients = 4;
var load = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
{
    using var own = new HttpClient { BaseAddress = address };
    for (var i = 0; i < requests / Clients; i++)
    {
        using var response = await own.PostAsJsonAsync("api/check", new { text = Draft });
        response.EnsureSuccessStatusCode();
    }
}));
Console.WriteLine($"{Clients} concurrent clients, {requests / Clients * Clients} requests: {requests / Clients * Clients / load.Elapsed.TotalSeconds:0} requests/s");

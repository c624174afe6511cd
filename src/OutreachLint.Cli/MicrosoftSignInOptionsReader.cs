using System.CommandLine;
using OutreachLint.Identity;

namespace OutreachLint.Cli;

/// <summary>
/// The Entra app registration and tenant for the Microsoft 365 sign-in, shared by <c>login</c> and the IMAP inputs:
/// from an option, else the environment. Neither is a secret: a public client has no client secret.
/// </summary>
internal sealed class MicrosoftSignInOptionsReader
{
    public const string ClientIdVariable = "OUTREACHLINT_MSAL_CLIENT_ID";
    public const string TenantVariable = "OUTREACHLINT_MSAL_TENANT";

    public Option<string?> ClientId { get; } = new("--client-id") { Description = $"Application (client) ID of your Entra app registration for Microsoft 365 sign-in (or set {ClientIdVariable})" };

    public Option<string?> Tenant { get; } = new("--tenant") { Description = $"Entra tenant: organizations (default), a tenant ID or domain (or set {TenantVariable})" };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(ClientId);
        command.Options.Add(Tenant);
    }

    /// <summary>The sign-in options, with device-code instructions and notices going to standard error.</summary>
    /// <exception cref="UsageException">No client ID was given, or it is not a GUID.</exception>
    public MicrosoftSignInOptions Read(ParseResult parse)
    {
        var clientId = parse.GetValue(ClientId) ?? Environment.GetEnvironmentVariable(ClientIdVariable);
        if (string.IsNullOrWhiteSpace(clientId))
        {
            throw new UsageException($"Microsoft 365 sign-in needs the application (client) ID of your Entra app registration: pass --client-id or set {ClientIdVariable} (see the README, \"Microsoft 365 sign-in\")");
        }

        if (!Guid.TryParse(clientId, out _))
        {
            throw new UsageException($"--client-id: \"{clientId}\" is not an application (client) ID; Entra shows it as a GUID on the app's Overview page");
        }

        var tenant = parse.GetValue(Tenant) ?? Environment.GetEnvironmentVariable(TenantVariable);
        return new MicrosoftSignInOptions
        {
            ClientId = clientId.Trim(),
            Tenant = string.IsNullOrWhiteSpace(tenant) ? MicrosoftSignInOptions.DefaultTenant : tenant.Trim(),
        };
    }
}

using OutreachLint.Mail.Sources;

namespace OutreachLint.Identity;

/// <summary>No usable cached sign-in for the account, and no one at a terminal to run the device-code sign-in.</summary>
public sealed class SignInRequiredException(string message) : ImapTokenException(message);

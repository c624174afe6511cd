using OutreachLint.Core;
using OutreachLint.Reporting.Audit;
using OutreachLint.Reporting.History;

namespace OutreachLint.Reporting.Tests.Audit;

public sealed class MailClassifierTests
{
    [Theory]
    [InlineData("ann@acme.com", new[] { "bob@acme.com" }, new string[0], "Hi", MessageKind.Internal)]
    [InlineData("ann@acme.com", new[] { "bob@acme.com", "cto@prospect.io" }, new string[0], "Hi", MessageKind.FirstTouch)]
    [InlineData("ann@acme.com", new[] { "bob@eu.acme-group.com" }, new[] { "acme.com", "acme-group.com" }, "Hi", MessageKind.Internal)]
    [InlineData("ann@acme.com", new[] { "cto@prospect.io" }, new string[0], "RE: pricing", MessageKind.FollowUp)]
    [InlineData("ann@acme.com", new string[0], new string[0], "Hi", MessageKind.FirstTouch)]
    [InlineData("ann@acme.com", new[] { "bob@notacme.com" }, new string[0], "Hi", MessageKind.FirstTouch)]
    public void Classify_TellsProspectingFromInternalMail(string from, string[] recipients, string[] companyDomains, string subject, MessageKind expected)
    {
        var document = new EmailDocument { Source = "x", FromAddress = from, Recipients = recipients, Subject = subject };
        Assert.Equal(expected, MailClassifier.Classify(document, companyDomains));
    }

    [Fact]
    public void Classify_WhenInReplyTo_IsAFollowUp() =>
        Assert.Equal(MessageKind.FollowUp, MailClassifier.Classify(new EmailDocument { Source = "x", FromAddress = "a@acme.com", Recipients = ["c@x.io"], IsReply = true }, []));
}

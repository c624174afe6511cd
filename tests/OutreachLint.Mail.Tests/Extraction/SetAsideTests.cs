using MimeKit;
using OutreachLint.Core;
using OutreachLint.Mail.Extraction;
using OutreachLint.Mail.Sources;

namespace OutreachLint.Mail.Tests.Extraction;

/// <summary>Each kind of set-aside part, with its text and reason, from small plain-text and HTML bodies.</summary>
public sealed class SetAsideTests
{
    private static EmailDocument FromText(string text) =>
        new AuthorTextExtractor().Extract(new MailItem("-", null, text, null));

    private static EmailDocument FromHtml(string html) =>
        new AuthorTextExtractor().Extract(new MailItem("x.eml", new MimeMessage { Body = new TextPart("html") { Text = html } }, null, null));

    [Theory]
    [InlineData("On Mon, Jan 5, 2026 at 10:02 AM Dana Lee <dana@northwind.example> wrote:")]
    [InlineData("Am 05.01.2026 um 10:02 schrieb Dana Lee <dana@northwind.example>:")]
    [InlineData("Le lun. 5 janv. 2026 à 10:02, Dana Lee <dana@northwind.example> a écrit :")]
    [InlineData("El lun, 5 ene 2026 a las 10:02, Dana Lee (<dana@northwind.example>) escribió:")]
    [InlineData("Op ma 5 jan. 2026 om 10:02 schreef Dana Lee <dana@northwind.example>:")]
    [InlineData("Il giorno lun 5 gen 2026 alle ore 10:02 Dana Lee <dana@northwind.example> ha scritto:")]
    [InlineData("Em seg., 5 de jan. de 2026 às 10:02, Dana Lee <dana@northwind.example> escreveu:")]
    public void Extract_Attribution_SetsAsideQuoteAndEverythingAfter(string attribution)
    {
        var document = FromText($"Sounds good.\n\n{attribution}\nUnprefixed quoted text.\nMore of it.\n");

        Assert.Equal("Sounds good.", document.AuthorText);
        var quote = Assert.Single(document.SetAside);
        Assert.Equal(SetAsideKind.Quote, quote.Kind);
        Assert.StartsWith(attribution, quote.Text, StringComparison.Ordinal);
        Assert.EndsWith("More of it.", quote.Text, StringComparison.Ordinal);
        Assert.Contains("everything after", quote.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("From: Dana Lee\nSent: Monday\nTo: Jane\nSubject: Pricing")]
    [InlineData("Von: Dana Lee\nGesendet: Montag\nAn: Jane\nBetreff: Preise")]
    [InlineData("De : Dana Lee\nEnvoyé : lundi\nÀ : Jane\nObjet : Prix")]
    [InlineData("*From:* Dana Lee\n*Sent:* Monday\n*To:* Jane\n*Subject:* Pricing")]
    [InlineData("-----Original Message-----\nFrom: Dana Lee")]
    [InlineData("-----Ursprüngliche Nachricht-----\nVon: Dana Lee")]
    public void Extract_ReplyHeaderBlock_SetsAsideQuote(string header)
    {
        var document = FromText($"Agreed.\n\n{header}\n\nQuoted body.\n");

        Assert.Equal("Agreed.", document.AuthorText);
        Assert.Equal(SetAsideKind.Quote, Assert.Single(document.SetAside).Kind);
    }

    [Fact]
    public void Extract_HeaderLikeLinesInProse_StayAuthorText()
    {
        var document = FromText("From: our side, the plan is ready.\nWe start Monday.\n");

        Assert.Equal("From: our side, the plan is ready.\nWe start Monday.", document.AuthorText);
        Assert.Empty(document.SetAside);
    }

    [Theory]
    [InlineData("---------- Forwarded message ---------")]
    [InlineData("Begin forwarded message:")]
    [InlineData("---------- Weitergeleitete Nachricht ---------")]
    [InlineData("-------- Message transféré --------")]
    public void Extract_ForwardBanner_SetsAsideForward(string banner)
    {
        var document = FromText($"FYI.\n\n{banner}\nFrom: Dana Lee\n\nForwarded body.\n");

        Assert.Equal("FYI.", document.AuthorText);
        var forward = Assert.Single(document.SetAside);
        Assert.Equal(SetAsideKind.Forward, forward.Kind);
        Assert.EndsWith("Forwarded body.", forward.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_QuotedLines_AreSetAsideOneBlockAtATime()
    {
        var document = FromText("> first question\nFirst answer.\n> second question\nSecond answer.\n");

        Assert.Equal("First answer.\nSecond answer.", document.AuthorText);
        Assert.Equal(["> first question", "> second question"], document.SetAside.Select(p => p.Text));
        Assert.All(document.SetAside, p => Assert.Equal(SetAsideKind.Quote, p.Kind));
    }

    [Fact]
    public void Extract_SignatureDelimiter_SetsAsideSignature()
    {
        var document = FromText("See you Tuesday.\n-- \nJane Doe\nPartner | Smith & Co LLP\n");

        Assert.Equal("See you Tuesday.", document.AuthorText);
        var signature = Assert.Single(document.SetAside);
        Assert.Equal(new SetAsidePart(SetAsideKind.Signature, "--\nJane Doe\nPartner | Smith & Co LLP", "signature after the \"-- \" delimiter"), signature);
    }

    [Theory]
    [InlineData("Best,")]
    [InlineData("Thanks,")]
    [InlineData("Regards,")]
    [InlineData("Cheers")]
    [InlineData("Kind regards")]
    [InlineData("Mit freundlichen Grüßen")]
    [InlineData("Cordialement,")]
    [InlineData("Thanks, Jane")]
    public void Extract_SignOff_KeepsSignOffAndSetsAsideNameBlock(string signOff)
    {
        var document = FromText($"The quote is attached.\n\n{signOff}\nJane Doe\nHead of Sales | Acme Analytics\n+1 555 010 2030\nhttps://acme-analytics.example\n");

        Assert.Equal($"The quote is attached.\n\n{signOff}", document.AuthorText);
        Assert.Equal(SetAsideKind.Signature, Assert.Single(document.SetAside).Kind);
    }

    [Fact]
    public void Extract_SignOffFollowedBySentences_IsNotASignature()
    {
        var document = FromText("Thanks!\nYour notes were really helpful for planning the migration.\nJane\n");

        Assert.Equal("Thanks!\nYour notes were really helpful for planning the migration.", document.AuthorText);
        var name = Assert.Single(document.SetAside);
        Assert.Equal((SetAsideKind.Signature, "Jane"), (name.Kind, name.Text.Trim()));
    }

    [Fact]
    public void Extract_ThanksForSomethingAsTheClosing_IsASignOff()
    {
        var document = FromText("I'll send the quote by Friday.\n\nThanks again for hosting us,\nHiro Tanaka\nSales Engineer, Kobo Robotics\n");

        Assert.Equal("I'll send the quote by Friday.\n\nThanks again for hosting us,", document.AuthorText);
        Assert.Equal(SetAsideKind.Signature, Assert.Single(document.SetAside).Kind);
    }

    [Fact]
    public void Extract_NameAndTitleAfterTheLastSentenceWithoutSignOff_IsASignatureButAFinalSentenceIsNot()
    {
        var signed = FromText("Can you call them tomorrow?\n\nOlivia Grant\nFounder, Grant Events Co.\n415-555-0134\n");
        var unsigned = FromText("Can you call them tomorrow?\nSee you at the site visit\n");

        Assert.Equal("Can you call them tomorrow?", signed.AuthorText);
        Assert.Equal(SetAsideKind.Signature, Assert.Single(signed.SetAside).Kind);
        Assert.Equal("Can you call them tomorrow?\nSee you at the site visit", unsigned.AuthorText);
        Assert.Empty(unsigned.SetAside);
    }

    [Fact]
    public void Extract_SignOffFollowedByTooManyLines_IsNotASignature()
    {
        var lines = string.Join("\n", Enumerable.Range(1, 9).Select(i => $"Line {i}"));
        var document = FromText($"Best,\n{lines}\n");

        Assert.Empty(document.SetAside);
    }

    [Theory]
    [InlineData("This email and any attachments are confidential and intended solely for the addressee.")]
    [InlineData("CONFIDENTIALITY NOTICE: this message is for the named recipient only.")]
    [InlineData("If you are not the intended recipient, please delete this message.")]
    public void Extract_Disclaimer_SetsAsideDisclaimer(string notice)
    {
        var document = FromText($"The SOW is attached.\n\n{notice}\nSecond line of the notice.\n");

        Assert.Equal("The SOW is attached.", document.AuthorText);
        var disclaimer = Assert.Single(document.SetAside);
        Assert.Equal(SetAsideKind.Disclaimer, disclaimer.Kind);
        Assert.Equal($"{notice}\nSecond line of the notice.", disclaimer.Text);
    }

    [Fact]
    public void Extract_DisclaimerPhraseMidParagraph_TakesTheWholeParagraph()
    {
        var document = FromText("See attached.\n\nNotice: this communication may contain privileged information.\nIf you are not the intended recipient, delete it.\n");

        Assert.Equal("See attached.", document.AuthorText);
        Assert.StartsWith("Notice:", Assert.Single(document.SetAside).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DisclaimerFollowedByALongBody_SetsAsideOnlyItsParagraph()
    {
        var pitch = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"Pitch line {i} about our platform."));
        var document = FromText($"DISCLAIMER: we are against unsolicited email.\nThis is not spam.\n\n{pitch}\n");

        Assert.Equal(pitch, document.AuthorText);
        Assert.Equal(SetAsideKind.Disclaimer, Assert.Single(document.SetAside).Kind);
    }

    [Fact]
    public void Extract_LotusNotesForwardBanner_SetsAsideForward()
    {
        var document = FromText("fyi\n---------------------- Forwarded by Brenda F Herod/HOU/ECT on 12/20/99 08:19 AM ---------------------------\nOld text.\n");

        Assert.Equal("fyi", document.AuthorText);
        Assert.Equal(SetAsideKind.Forward, Assert.Single(document.SetAside).Kind);
    }

    [Theory]
    [InlineData("Sent from my iPhone")]
    [InlineData("Get Outlook for iOS")]
    [InlineData("Get Outlook for Android<https://aka.ms/AAb9ysg>")]
    [InlineData("Sent from Mail for Windows")]
    [InlineData("Von meinem iPhone gesendet")]
    [InlineData("Envoyé de mon iPhone")]
    public void Extract_DeviceFooter_SetsAsideDeviceFooter(string footer)
    {
        var document = FromText($"On my way.\n\n{footer}\n");

        Assert.Equal("On my way.", document.AuthorText);
        Assert.Equal(new SetAsidePart(SetAsideKind.DeviceFooter, footer, "device footer"), Assert.Single(document.SetAside));
    }

    [Fact]
    public void Extract_GmailHtml_MarksSignatureAndQuoteFromMarkup()
    {
        var document = FromHtml(
            "<div>See you Thursday.</div><div class=\"gmail_signature\"><div>Jane Doe</div><div>Acme</div></div>"
            + "<div class=\"gmail_quote\"><div>Dana wrote something in a language we do not know:</div><blockquote>Hi</blockquote></div>");

        Assert.Equal("See you Thursday.", document.AuthorText);
        Assert.Equal([SetAsideKind.Signature, SetAsideKind.Quote], document.SetAside.Select(p => p.Kind));
        Assert.Equal("Jane Doe\nAcme", document.SetAside[0].Text);
        Assert.Contains("gmail_quote", document.SetAside[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_HiddenHtml_AppearsNowhere()
    {
        var document = FromHtml(
            "<p>Visible.</p><span style=\"display:none\">SPAM1</span><div hidden>SPAM2</div><div style=\"visibility: hidden\">SPAM3</div>"
            + "<script>SPAM4</script><style>p{} /* SPAM5 */</style><img src=\"t.gif\" width=\"1\" height=\"1\" alt=\"SPAM6\"><img src=x onerror=\"SPAM7\">");

        Assert.Equal("Visible.", document.AuthorText);
        Assert.Empty(document.SetAside);
    }

    [Fact]
    public void Extract_HtmlBlockquoteBetweenAnswers_KeepsTheAnswers()
    {
        var document = FromHtml("<div>Answers below.</div><blockquote type=\"cite\">Question one?</blockquote><div>Yes.</div>");

        Assert.Equal("Answers below.\nYes.", document.AuthorText);
        Assert.Equal(new SetAsidePart(SetAsideKind.Quote, "Question one?", "cited block (blockquote type=cite)"), Assert.Single(document.SetAside));
    }
}

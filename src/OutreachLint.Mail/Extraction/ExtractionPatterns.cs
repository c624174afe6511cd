using System.Text.RegularExpressions;
using OutreachLint.Core;

namespace OutreachLint.Mail.Extraction;

/// <summary>
/// Every line pattern the extractor knows, generated at build time: no parsing or interpreting at run time, so a run
/// pays nothing to start them and each line test is plain compiled code. Every wildcard is bounded and every match has
/// a timeout, so a hostile body cannot make a pattern hang (NonBacktracking was safer still, but cost ~400 ms at start-up).
/// </summary>
internal static partial class ExtractionPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const int TimeoutMilliseconds = 250;

    /// <summary>Reply attributions ("On … wrote:") in the languages mail clients localise them to.</summary>
    public static IReadOnlyList<LinePattern> Attributions { get; } =
    [
        Quote(OnWrote(), "reply attribution \"On … wrote:\""),
        Quote(AddressWrote(), "reply attribution \"… <address> wrote:\""),
        Quote(AmSchrieb(), "reply attribution \"Am … schrieb …:\""),
        Quote(LeAEcrit(), "reply attribution \"Le … a écrit :\""),
        Quote(ElEscribio(), "reply attribution \"El … escribió:\""),
        Quote(OpSchreef(), "reply attribution \"Op … schreef …:\""),
        Quote(IlHaScritto(), "reply attribution \"Il … ha scritto:\""),
        Quote(EmEscreveu(), "reply attribution \"Em … escreveu:\""),
        Quote(DenSkrev(), "reply attribution \"Den … skrev …:\""),
        Quote(WDniuNapisal(), "reply attribution \"W dniu … napisał:\""),
    ];

    /// <summary>Where an attribution may begin when a client wrapped it over several lines.</summary>
    public static Regex AttributionStart { get; } = AttributionStartPattern();

    /// <summary>"-----Original Message-----" and its translations.</summary>
    public static IReadOnlyList<LinePattern> OriginalMessage { get; } =
    [
        Quote(OriginalMessageBanner(),
            "\"-----Original Message-----\" and everything after"),
    ];

    /// <summary>Forwarded-message banners of Gmail, Outlook, Apple Mail and Thunderbird, localised.</summary>
    public static IReadOnlyList<LinePattern> Forwards { get; } =
    [
        Forward(ForwardedMessageBanner(),
            "forwarded message banner and everything after"),
        Forward(BeginForwardedMessage(),
            "\"Begin forwarded message:\" and everything after"),
        Forward(NotesForwardedBy(), "Lotus Notes \"Forwarded by …\" banner and everything after"),
    ];

    /// <summary>The first line of an Outlook-style header block ("From:", "Von:", "De :").</summary>
    public static Regex HeaderFrom { get; } = HeaderFromPattern();

    /// <summary>The other lines of such a block: date, recipients, subject.</summary>
    public static Regex HeaderOther { get; } = HeaderOtherPattern();

    /// <summary>A header block's subject line that shows a forward rather than a reply.</summary>
    public static Regex HeaderForwardSubject { get; } = HeaderForwardSubjectPattern();

    /// <summary>A rule line that clients put right above a header block (Outlook's underscores).</summary>
    public static Regex SeparatorLine { get; } = SeparatorLinePattern();

    /// <summary>The RFC 3676 signature delimiter "-- ", and the dashes people type for it.</summary>
    public static Regex SignatureDelimiter { get; } = SignatureDelimiterPattern();

    /// <summary>Sign-off lines, optionally followed by a capitalised name on the same line.</summary>
    public static Regex SignOff { get; } = SignOffPattern();

    /// <summary>A line that is only a name: one to three capitalised words, as people sign without a sign-off.</summary>
    public static Regex BareName { get; } = BareNamePattern();

    /// <summary>Footers that mail apps add on phones and desktops.</summary>
    public static IReadOnlyList<LinePattern> DeviceFooters { get; } =
    [
        Device(SentFromMyDevice()),
        Device(SentFromMailApp()),
        Device(GetOutlookFor()),
        Device(SentWithMailApp()),
        Device(VonMeinemGesendet()),
        Device(EnvoyeDeMon()),
        Device(EnviadoDesdeMi()),
        Device(VerzondenVanafMijn()),
        Device(InviatoDa()),
    ];

    /// <summary>Openings of legal and confidentiality notices.</summary>
    public static IReadOnlyList<LinePattern> Disclaimers { get; } =
    [
        Disclaimer(NoticeHeading()),
        Disclaimer(ThisEmailIsConfidential()),
        Disclaimer(InformationInThisEmail()),
        Disclaimer(IfYouAreNotTheRecipient()),
        Disclaimer(ConsiderTheEnvironment()),
        Disclaimer(GermanNotice()),
        Disclaimer(FrenchNotice()),
        Disclaimer(SpanishItalianDutchNotice()),
    ];

    /// <summary>Subject prefixes that mark a reply, in the forms clients write them.</summary>
    public static Regex ReplySubject { get; } = ReplySubjectPattern();

    private static LinePattern Quote(Regex regex, string reason) =>
        new(regex, SetAsideKind.Quote, reason);

    private static LinePattern Forward(Regex regex, string reason) =>
        new(regex, SetAsideKind.Forward, reason);

    private static LinePattern Device(Regex regex) =>
        new(regex, SetAsideKind.DeviceFooter, "device footer");

    private static LinePattern Disclaimer(Regex regex) =>
        new(regex, SetAsideKind.Disclaimer, "legal or confidentiality notice and the rest of its block");

    [GeneratedRegex(@"^On\s.{1,250}\swrote\s*:$", Options, TimeoutMilliseconds)]
    private static partial Regex OnWrote();

    [GeneratedRegex(@"^.{1,200}<[^<>\s]+@[^<>\s]+>\s+wrote\s*:$", Options, TimeoutMilliseconds)]
    private static partial Regex AddressWrote();

    [GeneratedRegex(@"^Am\s.{1,250}\sschrieb\s.{0,200}:$", Options, TimeoutMilliseconds)]
    private static partial Regex AmSchrieb();

    [GeneratedRegex(@"^Le\s.{1,250}\sa\s+écrit\s*:$", Options, TimeoutMilliseconds)]
    private static partial Regex LeAEcrit();

    [GeneratedRegex(@"^El\s.{1,250}\sescribió\s*:$", Options, TimeoutMilliseconds)]
    private static partial Regex ElEscribio();

    [GeneratedRegex(@"^Op\s.{1,250}\sschreef\s.{0,200}:$", Options, TimeoutMilliseconds)]
    private static partial Regex OpSchreef();

    [GeneratedRegex(@"^Il\s.{1,250}\sha\s+scritto\s*:$", Options, TimeoutMilliseconds)]
    private static partial Regex IlHaScritto();

    [GeneratedRegex(@"^(Em|No\s+dia)\s.{1,250}\sescreveu\s*:$", Options, TimeoutMilliseconds)]
    private static partial Regex EmEscreveu();

    [GeneratedRegex(@"^Den\s.{1,250}\sskrev\s.{0,200}:$", Options, TimeoutMilliseconds)]
    private static partial Regex DenSkrev();

    [GeneratedRegex(@"^W\s+dniu\s.{1,250}\snapisał(a)?\s*:$", Options, TimeoutMilliseconds)]
    private static partial Regex WDniuNapisal();

    [GeneratedRegex(@"^-{2,}\s*(Original\s+Message|Ursprüngliche\s+Nachricht|Original-?Nachricht|Message\s+d'origine|Mensaje\s+original|Oorspronkelijk\s+bericht|Messaggio\s+originale|Mensagem\s+original|Ursprungligt\s+meddelande)\s*-{2,}$", Options, TimeoutMilliseconds)]
    private static partial Regex OriginalMessageBanner();

    [GeneratedRegex(@"^-{2,}\s*(Forwarded\s+message|Forwarded\s+Message|Weitergeleitete\s+Nachricht|Message\s+transféré|Mensaje\s+reenviado|Doorgestuurd\s+bericht|Messaggio\s+inoltrato|Mensagem\s+encaminhada|Vidarebefordrat\s+meddelande)\s*-{2,}$", Options, TimeoutMilliseconds)]
    private static partial Regex ForwardedMessageBanner();

    [GeneratedRegex(@"^(Begin\s+forwarded\s+message|Anfang\s+der\s+weitergeleiteten\s+Nachricht|Début\s+du\s+message\s+réexpédié|Inicio\s+del\s+mensaje\s+reenviado|Begin\s+doorgestuurd\s+bericht|Inizio\s+messaggio\s+inoltrato|Início\s+da\s+mensagem\s+reencaminhada)\s*:$", Options, TimeoutMilliseconds)]
    private static partial Regex BeginForwardedMessage();

    [GeneratedRegex(@"^-{3,}\s*Forwarded\s+by\s.{1,200}-{3,}$", Options, TimeoutMilliseconds)]
    private static partial Regex NotesForwardedBy();

    [GeneratedRegex(@"^Sent\s+from\s+my\s+(iPhone|iPad|Android|BlackBerry|Samsung|Galaxy|Pixel|Huawei|mobile|phone|smartphone|Windows\s+Phone)\b.{0,80}$", Options, TimeoutMilliseconds)]
    private static partial Regex SentFromMyDevice();

    [GeneratedRegex(@"^Sent\s+from\s+(Mail|Outlook)\s+for\s+(Windows|iOS|Android|Mac)\b.{0,40}$", Options, TimeoutMilliseconds)]
    private static partial Regex SentFromMailApp();

    [GeneratedRegex(@"^Get\s+Outlook\s+for\s+(iOS|Android)\b.{0,80}$", Options, TimeoutMilliseconds)]
    private static partial Regex GetOutlookFor();

    [GeneratedRegex(@"^Sent\s+(from|with|via)\s+(Yahoo\s+Mail|Proton\s*Mail|Superhuman|Spark|BlueMail|the\s+Gmail\s+app|Gmail\s+Mobile)\b.{0,80}$", Options, TimeoutMilliseconds)]
    private static partial Regex SentWithMailApp();

    [GeneratedRegex(@"^Von\s+meinem\s+\S+(\s+\S+){0,3}\s+gesendet\.?$", Options, TimeoutMilliseconds)]
    private static partial Regex VonMeinemGesendet();

    [GeneratedRegex(@"^Envoyé\s+de\s+mon\s+(iPhone|iPad|smartphone|Android)\b.{0,40}$", Options, TimeoutMilliseconds)]
    private static partial Regex EnvoyeDeMon();

    [GeneratedRegex(@"^Enviado\s+(desde|do)\s+(mi|meu)\s+(iPhone|iPad|smartphone|Android|celular)\b.{0,40}$", Options, TimeoutMilliseconds)]
    private static partial Regex EnviadoDesdeMi();

    [GeneratedRegex(@"^Verzonden\s+(vanaf|met)\s+mijn\s+(iPhone|iPad|smartphone|Android)\b.{0,40}$", Options, TimeoutMilliseconds)]
    private static partial Regex VerzondenVanafMijn();

    [GeneratedRegex(@"^Inviato\s+da\s+(iPhone|iPad|il\s+mio\s+(iPhone|iPad|smartphone))\b.{0,40}$", Options, TimeoutMilliseconds)]
    private static partial Regex InviatoDa();

    [GeneratedRegex(@"^(CONFIDENTIALITY\s+NOTICE|CONFIDENTIALITY|DISCLAIMER|LEGAL\s+NOTICE|IMPORTANT\s+NOTICE|PRIVILEGED\s+(AND|&)\s+CONFIDENTIAL)\b", Options, TimeoutMilliseconds)]
    private static partial Regex NoticeHeading();

    [GeneratedRegex(@"\bThis\s+(e-?mail|message|communication|transmission)\b.{0,120}\b(confidential|privileged|intended\s+(solely|only))", Options, TimeoutMilliseconds)]
    private static partial Regex ThisEmailIsConfidential();

    [GeneratedRegex(@"\bThe\s+information\s+(contained\s+)?in\s+this\s+(e-?mail|message|communication)\b.{0,100}\b(confidential|privileged)", Options, TimeoutMilliseconds)]
    private static partial Regex InformationInThisEmail();

    [GeneratedRegex(@"\bIf\s+you\s+(are\s+not|have\s+received\s+this).{0,60}\b(intended\s+recipient|in\s+error)", Options, TimeoutMilliseconds)]
    private static partial Regex IfYouAreNotTheRecipient();

    [GeneratedRegex(@"\bPlease\s+consider\s+the\s+environment\s+before\s+printing\b", Options, TimeoutMilliseconds)]
    private static partial Regex ConsiderTheEnvironment();

    [GeneratedRegex(@"\b(Diese\s+(E-?Mail|Nachricht)\s+(enthält|ist)\s+vertraulich|Vertraulichkeitshinweis|Wenn\s+Sie\s+nicht\s+der\s+richtige\s+Adressat)", Options, TimeoutMilliseconds)]
    private static partial Regex GermanNotice();

    [GeneratedRegex(@"\b(Ce\s+(message|courriel|e-?mail)\b.{0,80}\bconfidenti|Si\s+vous\s+n'êtes\s+pas\s+le\s+destinataire)", Options, TimeoutMilliseconds)]
    private static partial Regex FrenchNotice();

    [GeneratedRegex(@"\b(Este\s+(mensaje|correo)\b.{0,80}\bconfidencial|Questo\s+messaggio\b.{0,80}\briservat|Dit\s+bericht\b.{0,80}\bvertrouwelijk)", Options, TimeoutMilliseconds)]
    private static partial Regex SpanishItalianDutchNotice();

    [GeneratedRegex(@"^(On|Am|Le|El|Op|Il|Em|No\s+dia|Den|W\s+dniu)\s", Options, TimeoutMilliseconds)]
    private static partial Regex AttributionStartPattern();

    [GeneratedRegex(@"^\*?(From|Von|De|Van|Da|Från|Fra|Od)\s*:\*?\s*\S", Options, TimeoutMilliseconds)]
    private static partial Regex HeaderFromPattern();

    [GeneratedRegex(@"^\*?(Sent|Date|Gesendet|Datum|Envoyé|Enviado|Fecha|Verzonden|Inviato|Data|Skickat|Sendt|Wysłane|To|An|À|A|Para|Aan|Till|Til|Do|Cc|Kopie|Subject|Betreff|Objet|Asunto|Onderwerp|Oggetto|Assunto|Ämne|Emne|Temat)\s*:\*?(\s|$)", Options, TimeoutMilliseconds)]
    private static partial Regex HeaderOtherPattern();

    [GeneratedRegex(@"^\*?(Subject|Betreff|Objet|Asunto|Onderwerp|Oggetto|Assunto|Ämne|Emne|Temat)\s*:\*?\s*(FW|FWD|WG|TR|RV|ENC|I|Doorst)\s*:", Options, TimeoutMilliseconds)]
    private static partial Regex HeaderForwardSubjectPattern();

    [GeneratedRegex(@"^(_{5,}|-{5,}|={5,})$", Options, TimeoutMilliseconds)]
    private static partial Regex SeparatorLinePattern();

    [GeneratedRegex(@"^(--|—|–)$", Options, TimeoutMilliseconds)]
    private static partial Regex SignatureDelimiterPattern();

    [GeneratedRegex(@"^(best|best\s+regards|best\s+wishes|kind\s+regards|kindest\s+regards|warm\s+regards|warmest\s+regards|warmly|regards|many\s+thanks|thanks|thank\s+you|thanks\s+again|thanks\s+so\s+much|thanks\s+in\s+advance|thanks\s+a\s+(lot|million|bunch)|thanks\s+and\s+(best\s+|kind\s+)?regards|thank\s+you\s+(so|very)\s+much|thank\s+you\s+in\s+advance|(thanks|thank\s+you)(\s+again)?\s+for\s+[\p{L}\p{M}'’ ]{1,40}(?=,)|with\s+(kind|best|warm|warmest|kindest)\s+(regards|wishes)|warm\s+wishes|warmest\s+wishes|kind\s+wishes|thx|cheers|sincerely|yours\s+sincerely|sincerely\s+yours|yours\s+truly|yours|all\s+the\s+best|talk\s+soon|speak\s+soon|take\s+care|cordially|respectfully|with\s+thanks|rgds|viele\s+grüße|beste\s+grüße|liebe\s+grüße|mit\s+freundlichen\s+grüßen|freundliche\s+grüße|herzliche\s+grüße|gruß|grüße|cordialement|bien\s+cordialement|bien\s+à\s+vous|salutations|merci|saludos|un\s+saludo|saludos\s+cordiales|atentamente|met\s+vriendelijke\s+groet|vriendelijke\s+groet|groeten|groet|cordiali\s+saluti|saluti|grazie|atenciosamente|abraços|obrigado|obrigada)\s*[,.!]*(\s*[,–-]?\s*\p{Lu}[\p{L}\p{M}.'’-]*(\s\p{Lu}[\p{L}\p{M}.'’-]*){0,2})?$", Options, TimeoutMilliseconds)]
    private static partial Regex SignOffPattern();

    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}'’-]*\.?(\s\p{Lu}[\p{L}\p{M}'’-]*\.?){0,2}$", RegexOptions.CultureInvariant, TimeoutMilliseconds)]
    private static partial Regex BareNamePattern();

    [GeneratedRegex(@"^\s*(\[[^\]]{0,40}\]\s*)?(re|aw|sv|antw|antwort|rif|r|res|vs|odp|ynt|回复|答复|返信)\s*(\[\d+\]|\(\d+\))?\s*[:：]", Options, TimeoutMilliseconds)]
    private static partial Regex ReplySubjectPattern();
}

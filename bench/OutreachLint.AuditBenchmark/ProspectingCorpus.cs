using MimeKit;

/// <summary>
/// Deterministic prospecting mail from 10 reps at one company to external prospects, written the way sequencing tools
/// send it: templates with merge fields (names, companies, figures, days), and in most messages a personal first line,
/// so template lines recur while many sentences differ from message to message. About 40% of the messages lean on a pitch. The benchmark prints how many
/// of the sentences are distinct, since repeated sentences are classified once per batch.
/// </summary>
internal static class ProspectingCorpus
{
    private static readonly string[] Reps =
        ["anna.berg", "ben.okafor", "carla.diaz", "david.kim", "elena.rossi", "farid.haddad", "grace.liu", "henrik.nilsson", "isla.murphy", "jonas.weber"];

    private static readonly string[] Companies =
    [
        "Northwind", "Contoso", "Fabrikam", "Tailspin", "Wingtip", "Adventure Works", "Litware", "Proseware", "Woodgrove", "Lucerne",
        "Alpine Ski House", "Coho Vineyard", "Fourth Coffee", "Graphic Design Institute", "Humongous Insurance", "Margie's Travel",
        "Nod Publishers", "Southridge Video", "Trey Research", "Wide World Importers", "Blue Yonder Airlines", "City Power & Light",
        "Relecloud", "VanArsdel", "Bellows College", "Consolidated Messenger", "First Up Consultants", "Lamna Healthcare",
        "Munson's Pickles", "Tasmanian Traders",
    ];

    private static readonly string[] FirstNames =
    [
        "Sam", "Alex", "Priya", "Tom", "Maria", "Kenji", "Lena", "Omar", "Dana", "Luis", "Aisha", "Peter", "Mei", "Jonas", "Fatima",
        "Victor", "Hannah", "Ravi", "Chloe", "Mateo", "Ingrid", "Kwame", "Yuki", "Sofia", "Dmitri", "Amara", "Noah", "Leila",
        "Ethan", "Zara", "Oliver", "Nadia", "Hugo", "Emma", "Tariq", "Julia", "Felix", "Rosa", "Arjun", "Clara",
    ];

    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    private static readonly string[] Products = ["RouteWise", "LedgerFlow", "ShiftBoard", "StockPilot", "ClaimDesk", "HireLoop"];

    // {0} company, {1} first name, {2} a figure, {3} a day, {4} product, {5} a second figure.
    private static readonly string[] Pitchy =
    [
        "I'd love to explore a strategic partnership between {4} and {0} to unlock synergies for both teams.",
        "We're excited to partner with {0} and bring our industry-leading platform to your organisation.",
        "Could you spare {2} minutes on {3} to hop on a quick call with me?",
        "I'd really appreciate it if you could introduce me to whoever owns operations at {0}.",
        "Our award-winning team has helped over {5} companies transform their operations.",
        "{4} is the best-in-class solution trusted by {5} leading brands worldwide.",
        "Just following up on my last {2} emails to see if you had a chance to look at {4}.",
        "It would help me a lot to close this quarter if we could get something on the calendar before {3}.",
        "We believe {4} could be a game-changer for {0} and we'd love the opportunity to work together.",
        "Our value proposition is simple: we deliver world-class results through our proprietary technology.",
        "Would you be open to a collaboration where we showcase {4} to your leadership on {3}?",
        "As a valued partner, {0} is eligible for an exclusive offer on {4} if you sign by {3}.",
    ];

    private static readonly string[] Plain =
    [
        "Your team's post about moving invoicing to a new ERP mentioned month-end delays of {2} days.",
        "Two logistics firms your size cut that to {5} hours by checking exceptions daily instead of at close.",
        "The checklist they used is attached; it takes about {2} minutes to read.",
        "You mentioned onboarding new warehouse staff takes {2} weeks at {0}.",
        "Pricing for {4} is per site, not per seat, and a pilot can run on one depot for a month.",
        "If reporting load is the reason for your data engineer opening, nightly jobs like yours usually drop from {2} hours to under one.",
        "Here are the raw numbers from the benchmark you asked about on {3}, so you can rerun it on {0}'s data.",
        "{4} sells route planning for regional fleets; customers typically save {2}% on fuel in the first quarter.",
        "I sell scheduling software for clinics, and your job ad says rota changes take {2} hours a week.",
        "If cutting claim handling time matters to {0} this year, the two-page summary below shows how {5} adjusters did it.",
        "No reply needed if this isn't a priority; I won't follow up more than once.",
        "The case study covers a rollout of {5} users finished in {2} weeks, with the costs broken out.",
    ];

    // A personal first line, as reps add by hand to templated mail: {0} company, {2} and {5} figures, {6} a role, {7} a city.
    private static readonly string[] Openers =
    [
        "Congratulations on opening the {7} site; {2} new {6}s in a quarter is quick going.",
        "I read that {0} is hiring {2} {6}s in {7} this spring.",
        "Your talk in {7} about cutting {0}'s backlog by {5} tickets stuck with me.",
        "Saw that {0} moved {2} {6}s over to the {7} office last month.",
        "Thanks for the note about the {7} warehouse; {5} pallets a day is a lot to plan around.",
    ];

    private static readonly string[] Roles = ["planner", "dispatcher", "analyst", "nurse", "engineer", "buyer", "recruiter", "adjuster"];

    private static readonly string[] Cities = ["Leeds", "Lyon", "Porto", "Gdansk", "Austin", "Pune", "Osaka", "Cork", "Graz", "Tampere"];

    private static readonly string[] Greetings = ["Hi {1},", "Hello {1},", "{1},", "Good morning {1},"];

    private static readonly string[] SignOffs = ["Best,", "Thanks,", "Regards,", "Cheers,"];

    private static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    public static MimeMessage Message(int i)
    {
        var random = new Random(i);
        var rep = Reps[i % Reps.Length];
        var company = Companies[random.Next(Companies.Length)];
        var name = FirstNames[random.Next(FirstNames.Length)];
        var fields = new object[]
        {
            company, name, random.Next(2, 60), Days[random.Next(Days.Length)], Products[random.Next(Products.Length)], random.Next(12, 900),
            Roles[random.Next(Roles.Length)], Cities[random.Next(Cities.Length)],
        };
        var followUp = i % 3 == 2;
        var pitchy = random.NextDouble() < 0.4;
        var pool = pitchy ? Pitchy : Plain;
        var opener = random.NextDouble() < 0.6 ? [Openers[random.Next(Openers.Length)]] : Array.Empty<string>();
        var lines = opener.Concat(Enumerable.Range(0, random.Next(2, 5)).Select(_ => pool[random.Next(pool.Length)]).Distinct())
            .Select(t => string.Format(System.Globalization.CultureInfo.InvariantCulture, t, fields));
        var greeting = string.Format(System.Globalization.CultureInfo.InvariantCulture, Greetings[random.Next(Greetings.Length)], fields);
        var domain = company.ToLowerInvariant().Replace(" ", "-").Replace("'", "").Replace("&", "and") + ".example";
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(rep.Replace('.', ' '), $"{rep}@acme-sales.example"));
        message.To.Add(new MailboxAddress(name, $"{name.ToLowerInvariant()}.{i % 97}@{domain}"));
        message.Subject = (followUp ? "Re: " : "") + (pitchy ? $"Quick question for {name}" : $"{company}: figures you asked about");
        message.MessageId = $"bench-{i:D6}@acme-sales.example";
        if (followUp)
        {
            message.InReplyTo = $"bench-{i - 1:D6}@acme-sales.example";
        }

        // Spread over about ten weeks so weekly trends have data.
        message.Date = Start.AddMinutes(i * 5);
        message.Body = new TextPart("plain") { Text = $"{greeting}\n\n{string.Join(" ", lines)}\n\n{SignOffs[random.Next(SignOffs.Length)]}\n{rep.Split('.')[0]}\n" };
        return message;
    }
}

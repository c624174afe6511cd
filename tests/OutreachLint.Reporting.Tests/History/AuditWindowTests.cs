using OutreachLint.Reporting.History;

namespace OutreachLint.Reporting.Tests.History;

public sealed class AuditWindowTests
{
    [Fact]
    public void Days_RoundOutward_SoAServerSearchByDayReturnsASuperset()
    {
        var window = new AuditWindow(new DateTimeOffset(2026, 2, 2, 15, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 2, 9, 15, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 2, 2), window.SinceDay);
        Assert.Equal(new DateOnly(2026, 2, 10), window.BeforeDay);
    }

    [Fact]
    public void Contains_UndatedMail_OnlyWhenUnbounded()
    {
        Assert.True(AuditWindow.All.Contains(null));
        Assert.False(new AuditWindow(DateTimeOffset.UnixEpoch, null).Contains(null));
    }

    [Fact]
    public void IsoWeek_UsesTheSendersOwnDate()
    {
        // Sunday 23:30 in New York is Monday in UTC: the rep's week is the earlier one.
        var sunday = new DateTimeOffset(2026, 2, 8, 23, 30, 0, TimeSpan.FromHours(-5));
        Assert.Equal("2026-W06", IsoWeek.Of(sunday));
        Assert.Equal("2026-W07", IsoWeek.Of(sunday.ToUniversalTime()));
    }
}

namespace OutreachLint.Core.Tests;

public sealed class LineMapTests
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(3, 1, 4)]
    [InlineData(4, 2, 1)]
    [InlineData(5, 3, 1)]
    [InlineData(8, 3, 4)]
    public void PositionOf_WhenOffsetIsOnAnyLine_GivesOneBasedLineAndColumn(int offset, int line, int column)
    {
        Assert.Equal(new TextPosition(line, column), new LineMap("abc\n\nxyz").PositionOf(offset));
    }
}

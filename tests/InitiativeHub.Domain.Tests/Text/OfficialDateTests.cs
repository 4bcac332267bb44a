using InitiativeHub.Domain.Text;

namespace InitiativeHub.Domain.Tests.Text;

public sealed class OfficialDateTests
{
    [Theory]
    [InlineData(2026, 1, 5, "ngày 05 tháng 01 năm 2026")]
    [InlineData(2026, 2, 28, "ngày 28 tháng 02 năm 2026")]
    [InlineData(2019, 6, 29, "ngày 29 tháng 6 năm 2019")]
    [InlineData(2026, 12, 9, "ngày 09 tháng 12 năm 2026")]
    [InlineData(2026, 3, 10, "ngày 10 tháng 3 năm 2026")]
    public void Long_form_pads_days_below_ten_and_only_months_one_and_two(int year, int month, int day, string expected) =>
        Assert.Equal(expected, OfficialDate.LongForm(new DateOnly(year, month, day)));

    [Fact]
    public void Place_and_date_and_document_numbers_follow_the_decree()
    {
        Assert.Equal("Lạng Sơn, ngày 05 tháng 01 năm 2026", OfficialDate.PlaceAndDate("Lạng Sơn", new DateOnly(2026, 1, 5)));
        Assert.Equal("Số: 05/QĐ-UBND", OfficialDate.DocumentNumber(5, "QĐ-UBND"));
        Assert.Equal("Số: 12/QĐ-UBND", OfficialDate.DocumentNumber(12, "QĐ-UBND"));
        Assert.Equal("Số: 123/BB-HĐSK", OfficialDate.DocumentNumber(123, "BB-HĐSK"));
        Assert.Equal("Số:      /QĐ-UBND", OfficialDate.DocumentNumber(null, "QĐ-UBND"));
    }
}

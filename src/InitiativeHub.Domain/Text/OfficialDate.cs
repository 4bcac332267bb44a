using System.Globalization;

namespace InitiativeHub.Domain.Text;

/// <summary>
/// Dates and numbers as administrative documents write them (Nghị định 30/2020/NĐ-CP, Phụ lục I): days below 10
/// and the months 01 and 02 are zero-padded, other months are not ("ngày 05 tháng 01 năm 2026",
/// "ngày 29 tháng 6 năm 2019"); document numbers below 10 are zero-padded ("Số: 05/QĐ-UBND").
/// </summary>
public static class OfficialDate
{
    /// <summary>"ngày 05 tháng 01 năm 2026".</summary>
    public static string LongForm(DateOnly date)
    {
        var month = date.Month <= 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture);
        return $"ngày {date.Day.ToString("00", CultureInfo.InvariantCulture)} tháng {month} năm {date.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>"Lạng Sơn, ngày 05 tháng 01 năm 2026".</summary>
    public static string PlaceAndDate(string place, DateOnly date) => $"{place}, {LongForm(date)}";

    /// <summary>"Số: 05/QĐ-UBND" for number 5; "Số:      /QĐ-UBND" (blank to be filled in) for a draft without a number.</summary>
    public static string DocumentNumber(int? number, string symbol) =>
        number is { } n
            ? $"Số: {n.ToString("00", CultureInfo.InvariantCulture)}/{symbol}"
            : $"Số:      /{symbol}";
}

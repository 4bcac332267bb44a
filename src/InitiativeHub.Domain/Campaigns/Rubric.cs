using InitiativeHub.Domain.Common;

namespace InitiativeHub.Domain.Campaigns;

/// <summary>How entries are scored: criteria, pass threshold, aggregation, disagreement flag, tie-break chain.</summary>
public sealed record Rubric(
    IReadOnlyList<Criterion> Criteria,
    decimal? PassThreshold,
    Aggregation Aggregation,
    decimal? DisagreementThreshold,
    IReadOnlyList<string> TieBreak,
    int Precision)
{
    /// <summary>The highest weighted total a sheet can reach.</summary>
    public decimal MaxTotal => Criteria.Sum(c => c.MaxPoints * c.Weight);

    /// <summary>Checks the rubric's own consistency (codes unique, maxima positive, tie-break codes known).</summary>
    public static Rubric Create(
        IReadOnlyList<Criterion> criteria, decimal? passThreshold, Aggregation aggregation, decimal? disagreementThreshold, IReadOnlyList<string>? tieBreak, int precision = 2)
    {
        if (criteria.Count == 0)
        {
            throw new ValidationException("Thang điểm phải có ít nhất một tiêu chí.", "criteria");
        }

        var cleaned = new List<Criterion>();
        foreach (var criterion in criteria)
        {
            var code = criterion.Code.Trim();
            var name = Text.VietnameseText.Normalize(criterion.Name) ?? string.Empty;
            if (code.Length == 0 || code.Length > 32 || name.Length == 0)
            {
                throw new ValidationException("Mỗi tiêu chí cần có mã (tối đa 32 ký tự) và tên.", "criteria");
            }

            if (criterion.MaxPoints <= 0 || criterion.MaxPoints > 1000)
            {
                throw new ValidationException($"Điểm tối đa của tiêu chí {code} phải lớn hơn 0 và không quá 1000.", "criteria");
            }

            if (criterion.Weight <= 0 || criterion.Weight > 100)
            {
                throw new ValidationException($"Trọng số của tiêu chí {code} phải lớn hơn 0.", "criteria");
            }

            if (cleaned.Any(c => c.Code == code))
            {
                throw new ValidationException($"Mã tiêu chí {code} bị trùng.", "criteria");
            }

            cleaned.Add(criterion with { Code = code, Name = name, Description = Text.VietnameseText.Normalize(criterion.Description) });
        }

        var chain = (tieBreak ?? []).Select(c => c.Trim()).ToList();
        if (chain.FirstOrDefault(code => cleaned.All(c => c.Code != code)) is { } unknown)
        {
            throw new ValidationException($"Tiêu chí phân định bằng điểm '{unknown}' không có trong thang điểm.", "tieBreak");
        }

        if (chain.Distinct(StringComparer.Ordinal).Count() != chain.Count)
        {
            throw new ValidationException("Chuỗi tiêu chí phân định không được lặp lại.", "tieBreak");
        }

        var rubric = new Rubric(cleaned, passThreshold, aggregation, disagreementThreshold, chain, precision);
        if (passThreshold is < 0 || passThreshold > rubric.MaxTotal)
        {
            throw new ValidationException($"Ngưỡng đạt phải từ 0 đến {rubric.MaxTotal}.", "passThreshold");
        }

        if (disagreementThreshold is < 0)
        {
            throw new ValidationException("Ngưỡng chênh lệch không được âm.", "disagreementThreshold");
        }

        if (precision is < 0 or > 4)
        {
            throw new ValidationException("Số chữ số thập phân của điểm phải từ 0 đến 4.", "precision");
        }

        return rubric;
    }
}

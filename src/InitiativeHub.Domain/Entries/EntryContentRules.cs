using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Text;

namespace InitiativeHub.Domain.Entries;

/// <summary>Cleans and checks an entry's content: NFC text, lengths, and co-author shares summing to exactly 100.</summary>
public static class EntryContentRules
{
    public const int MaxTitleLength = 300;
    public const int MaxTextLength = 20_000;
    public const int MaxAuthors = 50;

    public static EntryContent Clean(EntryContent content)
    {
        var title = VietnameseText.Normalize(content.Title) ?? string.Empty;
        if (title.Length == 0)
        {
            throw new ValidationException("Tên sáng kiến không được để trống.", "title");
        }

        if (title.Length > MaxTitleLength)
        {
            throw new ValidationException($"Tên sáng kiến không được dài quá {MaxTitleLength} ký tự.", "title");
        }

        var authors = content.Authors.Select(CleanAuthor).ToList();
        CheckShares(authors);
        return content with
        {
            Title = title,
            FieldOfApplication = Text(content.FieldOfApplication, "fieldOfApplication", 500),
            Description = Text(content.Description, "description", MaxTextLength) ?? string.Empty,
            ApplicationConditions = Text(content.ApplicationConditions, "applicationConditions", MaxTextLength),
            ConfidentialInformation = Text(content.ConfidentialInformation, "confidentialInformation", MaxTextLength),
            Benefits = Text(content.Benefits, "benefits", MaxTextLength),
            BenefitsByApplier = Text(content.BenefitsByApplier, "benefitsByApplier", MaxTextLength),
            Investor = Text(content.Investor, "investor", 300),
            Authors = authors,
            TrialParticipants = content.TrialParticipants.Select(CleanParticipant).ToList(),
        };
    }

    /// <summary>What a submission needs beyond a valid draft; throws the first thing missing.</summary>
    public static void EnsureComplete(EntryContent content)
    {
        if (string.IsNullOrWhiteSpace(content.Description))
        {
            throw new ValidationException("Hồ sơ chưa có mô tả giải pháp.", "description");
        }

        if (content.Authors.Count == 0)
        {
            throw new ValidationException("Hồ sơ cần ít nhất một tác giả.", "authors");
        }
    }

    private static void CheckShares(IReadOnlyList<Author> authors)
    {
        if (authors.Count > MaxAuthors)
        {
            throw new ValidationException($"Không được quá {MaxAuthors} tác giả.", "authors");
        }

        if (authors.Count == 0)
        {
            return;
        }

        if (authors.Any(a => a.ContributionPercent <= 0 || a.ContributionPercent > 100))
        {
            throw new ValidationException("Tỷ lệ đóng góp của mỗi tác giả phải lớn hơn 0 và không quá 100%.", "authors");
        }

        var total = authors.Sum(a => a.ContributionPercent);
        if (total != 100m)
        {
            throw new ValidationException($"Tổng tỷ lệ đóng góp của các tác giả phải bằng đúng 100% (hiện là {total:0.##}%).", "authors");
        }
    }

    private static Author CleanAuthor(Author author)
    {
        var name = VietnameseText.Normalize(author.FullName) ?? string.Empty;
        if (name.Length is 0 or > 200)
        {
            throw new ValidationException("Họ và tên tác giả không được để trống và không quá 200 ký tự.", "authors");
        }

        return author with
        {
            FullName = name,
            Workplace = Text(author.Workplace, "authors", 300),
            Position = Text(author.Position, "authors", 200),
            Qualification = Text(author.Qualification, "authors", 200),
            Email = Text(author.Email, "authors", 256)?.ToLowerInvariant(),
        };
    }

    private static TrialParticipant CleanParticipant(TrialParticipant participant)
    {
        var name = VietnameseText.Normalize(participant.FullName) ?? string.Empty;
        if (name.Length is 0 or > 200)
        {
            throw new ValidationException("Họ và tên người tham gia áp dụng thử không được để trống.", "trialParticipants");
        }

        return participant with
        {
            FullName = name,
            Workplace = Text(participant.Workplace, "trialParticipants", 300),
            Position = Text(participant.Position, "trialParticipants", 200),
            Qualification = Text(participant.Qualification, "trialParticipants", 200),
            SupportContent = Text(participant.SupportContent, "trialParticipants", 2000),
            Email = Text(participant.Email, "trialParticipants", 256)?.ToLowerInvariant(),
        };
    }

    private static string? Text(string? value, string field, int maxLength)
    {
        var clean = VietnameseText.Normalize(value);
        if (string.IsNullOrEmpty(clean))
        {
            return null;
        }

        return clean.Length <= maxLength ? clean : throw new ValidationException($"Nội dung quá dài (tối đa {maxLength} ký tự).", field);
    }
}

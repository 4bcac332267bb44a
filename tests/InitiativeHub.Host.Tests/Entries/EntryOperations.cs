namespace InitiativeHub.Host.Tests.Entries;

/// <summary>The GraphQL documents of the submitter's journey, as a client would write them.</summary>
public static class EntryOperations
{
    public const string EntryFields = "id status title version submittedAt screeningReason returnDueAt receipt { number digest submittedAt } authors { fullName contributionPercent } attachments { id fileName contentType sizeBytes sha256 downloadUrl }";

    public const string Create = "mutation($input: CreateEntryInput!) { createEntry(input: $input) { entry { " + EntryFields + " } errors { code message field } } }";

    public const string Update = "mutation($input: UpdateEntryInput!) { updateEntry(input: $input) { entry { " + EntryFields + " } errors { code message field } } }";

    public const string Submit = "mutation($input: SubmitEntryInput!) { submitEntry(input: $input) { entry { " + EntryFields + " } receipt { number digest submittedAt } errors { code message } } }";

    public const string Withdraw = "mutation($input: WithdrawEntryInput!) { withdrawEntry(input: $input) { entry { id status } errors { code message } } }";

    public const string Screen = "mutation($input: ScreenEntryInput!) { screenEntry(input: $input) { entry { id status screeningReason returnDueAt } errors { code message field } } }";

    public static object NewEntry(string campaignId, string categoryId, string title = "Ứng dụng Zalo OA tra cứu thủ tục hành chính", decimal firstShare = 60, decimal secondShare = 40, string? description = null) => new
    {
        input = new
        {
            campaignId,
            categoryId,
            kind = "INITIATIVE",
            submitterKind = "INDIVIDUAL",
            title,
            fieldOfApplication = "Cải cách hành chính",
            firstAppliedOn = "2026-03-01",
            description = description ?? "Người dân tra cứu thủ tục hành chính và hồ sơ của mình qua Zalo OA của phường, không phải đến trụ sở.",
            applicationConditions = "Có điện thoại thông minh và tài khoản Zalo.",
            confidentialInformation = "Mã nguồn kết nối với hệ thống một cửa.",
            benefits = "Giảm 40% lượt người dân đến hỏi thủ tục tại bộ phận một cửa.",
            authors = new object[]
            {
                new { fullName = "Nguyễn Văn An", dateOfBirth = "1990-05-12", workplace = "UBND phường Trần Hưng Đạo", position = "Công chức", qualification = "Kỹ sư CNTT", contributionPercent = firstShare },
                new { fullName = "Trần Thị Bích Ngọc", workplace = "Tổ công nghệ số cộng đồng", position = "Tổ trưởng", qualification = "Cử nhân", contributionPercent = secondShare },
            },
        },
    };
}

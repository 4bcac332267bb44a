using InitiativeHub.Application.Exports;

namespace InitiativeHub.Infrastructure.Tests.Exports;

/// <summary>Input records for the document tests: real Vietnamese names, units and award forms, and hostile text.</summary>
internal static class ExportSamples
{
    public static readonly IssuingBody Ward = new("UBND TỈNH LẠNG SƠN", "Ủy ban nhân dân phường Đông Kinh", "Lạng Sơn");

    public static IReadOnlyList<AwardeeRow> Individuals { get; } =
    [
        new(AwardeeKind.Individual, "Nguyễn Thị Hường", "Giáo viên", "Trường THCS Đông Kinh", "Sáng kiến số hóa sổ điểm", "Giấy khen", 92.5m),
        new(AwardeeKind.Individual, "Hoàng Văn Đức", "Công an viên", "Công an phường Đông Kinh", "Mô hình camera an ninh tổ dân phố", "Giấy khen", 88m),
        new(AwardeeKind.Individual, "=HYPERLINK(\"http://x\",\"bấm\")", "+Trưởng nhóm", "@Tổ công nghệ số cộng đồng", "-Ứng dụng VNeID", "Giấy khen", null),
    ];

    public static IReadOnlyList<AwardeeRow> Collectives { get; } =
    [
        new(AwardeeKind.Collective, "Tổ dân phố 3", null, "Phường Đông Kinh", "Phong trào \"Bình dân học vụ số\", hiệu quả", "Giấy khen", 90m),
        new(AwardeeKind.Collective, "Tổ công nghệ số cộng đồng khối 5", null, "Phường Đông Kinh", "Hướng dẫn dịch vụ công trực tuyến", "Giấy khen", 85.25m),
    ];

    public static AwardeeListData AwardeeList(IReadOnlyList<AwardeeRow>? individuals = null, IReadOnlyList<AwardeeRow>? collectives = null)
    {
        individuals ??= Individuals;
        collectives ??= Collectives;
        return new AwardeeListData(
            Ward,
            "Danh sách cá nhân, tập thể được khen thưởng",
            "(Kèm theo Quyết định số 05/QĐ-UBND ngày 05/01/2026 của Chủ tịch UBND phường Đông Kinh)",
            new DateOnly(2026, 1, 5),
            individuals.Count + collectives.Count,
            individuals.ToAsyncEnumerable(),
            collectives.ToAsyncEnumerable());
    }

    public static DecisionDraftData Decision() => new(
        Ward,
        5,
        "QĐ-UBND",
        new DateOnly(2026, 1, 5),
        "Về việc khen thưởng các cá nhân, tập thể có sáng kiến\nhưởng ứng Ngày Sáng tạo và Đổi mới thế giới 21/4",
        "Chủ tịch Ủy ban nhân dân phường Đông Kinh",
        [
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            "Theo đề nghị của Hội đồng Thi đua - Khen thưởng phường.",
        ],
        [
            "Tặng Giấy khen cho 3 cá nhân và 2 tập thể có thành tích (có danh sách kèm theo).",
            "Mức tiền thưởng kèm theo thực hiện theo quy định hiện hành.",
            "Văn phòng HĐND và UBND phường, Phòng Văn hóa - Xã hội và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này",
        ],
        new Signer("KT. Chủ tịch", "Phó Chủ tịch", "Lê Văn Minh"),
        ["Như Điều 3", "Chủ tịch, các PCT UBND phường", "Lưu: VT, VHXH"],
        AwardeeList());

    public static CouncilMinutesData Minutes() => new(
        Ward,
        "Hội đồng sáng kiến phường Đông Kinh",
        3,
        "BB-HĐSK",
        new DateOnly(2026, 4, 28),
        "Họp xét, đánh giá sáng kiến năm 2026",
        "Vào lúc 14 giờ 00 ngày 28 tháng 4 năm 2026, tại Hội trường UBND phường Đông Kinh.",
        [new("Lê Văn Minh", "Chủ tịch Hội đồng", "Phó Chủ tịch UBND phường"), new("Trần Thị Lan", "Thư ký", null)],
        ["Hội đồng nghe báo cáo kết quả chấm điểm các sáng kiến.", "Hội đồng biểu quyết công nhận sáng kiến."],
        [new("Số hóa sổ điểm", "Nguyễn Thị Hường", 92.5m, 5, 5, "Công nhận"), new("Camera an ninh", "Hoàng Văn Đức", 61m, 2, 5, "Không công nhận")],
        new Signer(null, "Thư ký", "Trần Thị Lan"),
        new Signer("TM. Hội đồng", "Chủ tịch", "Lê Văn Minh"));
}

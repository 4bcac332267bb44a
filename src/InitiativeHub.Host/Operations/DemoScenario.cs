using InitiativeHub.Domain.Access;
using InitiativeHub.Domain.Organizations;

namespace InitiativeHub.Host.Operations;

/// <summary>
/// The content of the <c>seed-demo</c> scenario, drawn from the seed plans and directives: the Lạng Sơn Sở KH&amp;CN
/// directive on 21/4 and 26/4, and the ward plans (units, themes, slogans, legal basis).
/// </summary>
internal static class DemoScenario
{
    public const string Password = "SangTao2026";

    public const string TranHungDao = "THD";
    public const string DongKinh = "DK";
    public const string TamThanh = "TT";

    /// <summary>The Sở KH&amp;CN Lạng Sơn, which issues the directive to the wards.</summary>
    public const string Department = "SKHCN";

    public static readonly Ward[] Wards =
    [
        new(TranHungDao, "UBND phường Trần Hưng Đạo",
        [
            new("Văn phòng HĐND và UBND phường Trần Hưng Đạo", OrganizationKind.Office),
            new("Phòng Văn hóa - Xã hội phường Trần Hưng Đạo", OrganizationKind.Office),
            new("Công an phường Trần Hưng Đạo", OrganizationKind.Police),
            new("Trường THCS Trần Hưng Đạo", OrganizationKind.School),
            new("Tổ dân phố số 3 phường Trần Hưng Đạo", OrganizationKind.ResidentialGroup),
            new("Tổ công nghệ số cộng đồng phường Trần Hưng Đạo", OrganizationKind.CommunityDigitalTeam),
        ]),
        new(DongKinh, "UBND phường Đông Kinh",
        [
            new("Trung tâm Phục vụ hành chính công phường Đông Kinh", OrganizationKind.Office),
            new("Phòng Văn hóa - Xã hội phường Đông Kinh", OrganizationKind.Office),
            new("Trạm Y tế phường Đông Kinh", OrganizationKind.HealthStation),
            new("Đoàn Thanh niên phường Đông Kinh", OrganizationKind.MassOrganization),
            new("Tổ công nghệ số cộng đồng phường Đông Kinh", OrganizationKind.CommunityDigitalTeam),
        ]),
        new(TamThanh, "UBND phường Tam Thanh",
        [
            new("Trung tâm Dịch vụ sự nghiệp công phường Tam Thanh", OrganizationKind.Office),
            new("Công an phường Tam Thanh", OrganizationKind.Police),
            new("Trường Tiểu học Tam Thanh", OrganizationKind.School),
            new("Tổ dân phố số 5 phường Tam Thanh", OrganizationKind.ResidentialGroup),
        ]),
    ];

    /// <summary>Accounts; <see cref="Person.Unit"/> is a ward code, or a ward code and a unit index ("THD/1").</summary>
    public static readonly Person[] People =
    [
        new("Nguyễn Thị Thu Hà", "ha.nguyenthu@demo.initiativehub.vn", Role.Organizer, TranHungDao),
        new("Hoàng Văn Minh", "minh.hoangvan@demo.initiativehub.vn", Role.Organizer, DongKinh),
        new("Lương Thị Mai", "mai.luongthi@demo.initiativehub.vn", Role.Organizer, TamThanh),
        new("Lâm Thị Thanh Thủy", "thuy.lamthanh@demo.initiativehub.vn", Role.Organizer, Department),
        new("Vi Văn Thắng", "thang.vivan@demo.initiativehub.vn", Role.Leader, TranHungDao),
        new("Nông Thị Hồng", "hong.nongthi@demo.initiativehub.vn", Role.Leader, DongKinh),
        new("Lộc Văn Cường", "cuong.locvan@demo.initiativehub.vn", Role.Leader, TamThanh),
        new("Đinh Quang Huy", "huy.dinhquang@demo.initiativehub.vn", Role.Judge, TranHungDao),
        new("Hà Thị Lan Anh", "anh.hathilan@demo.initiativehub.vn", Role.Judge, TranHungDao),
        new("Triệu Văn Phúc", "phuc.trieuvan@demo.initiativehub.vn", Role.Judge, TranHungDao),
        new("Phạm Thị Ngọc Ánh", "anh.phamngoc@demo.initiativehub.vn", Role.Judge, TranHungDao),
        new("Bế Văn Tuấn", "tuan.bevan@demo.initiativehub.vn", Role.Judge, TranHungDao),
        new("Trần Thị Bích Ngọc", "ngoc.tranbich@demo.initiativehub.vn", Role.Staff, TranHungDao + "/1"),
        new("Lý Văn Sơn", "son.lyvan@demo.initiativehub.vn", Role.Staff, DongKinh + "/0"),
        new("Nguyễn Văn An", "an.nguyenvan@demo.initiativehub.vn", Role.Citizen, TranHungDao),
        new("Hoàng Thị Thu Trang", "trang.hoangthu@demo.initiativehub.vn", Role.Citizen, TranHungDao),
        new("Lăng Văn Đức", "duc.langvan@demo.initiativehub.vn", Role.Citizen, TranHungDao),
        new("Chu Thị Phương", "phuong.chuthi@demo.initiativehub.vn", Role.Citizen, TranHungDao),
        new("Đàm Quốc Bảo", "bao.damquoc@demo.initiativehub.vn", Role.Citizen, TranHungDao),
        new("Mông Thị Huyền", "huyen.mongthi@demo.initiativehub.vn", Role.Citizen, TranHungDao),
        new("Vũ Đức Long", "long.vuduc@demo.initiativehub.vn", Role.Citizen, DongKinh),
        new("Hứa Thị Kim Oanh", "oanh.huakim@demo.initiativehub.vn", Role.Citizen, DongKinh),
        new("Sầm Văn Khánh", "khanh.samvan@demo.initiativehub.vn", Role.Citizen, TamThanh),
    ];

    public static readonly string[] Categories =
    [
        "Chính quyền số và cải cách hành chính",
        "Giáo dục và đào tạo",
        "Y tế và chăm sóc sức khỏe cộng đồng",
        "Môi trường và đô thị văn minh",
        "An ninh trật tự và an toàn xã hội",
    ];

    /// <summary>Entries of the 21/4 campaign; authors are (person email or outside name, share), the submitter first.</summary>
    public static readonly DemoEntry[] Entries =
    [
        new("an.nguyenvan@demo.initiativehub.vn", 0, Fate.Accept,
            "Tổ công nghệ số cộng đồng hướng dẫn người cao tuổi dùng dịch vụ công trực tuyến tại nhà",
            "Tổ công nghệ số cộng đồng đến từng hộ có người cao tuổi ở các tổ dân phố, cài đặt VNeID mức 2 và hướng dẫn nộp hồ sơ trực tuyến (cấp bản sao, đăng ký cư trú). Mỗi buổi hướng dẫn có phiếu ghi lại thủ tục đã làm được để tổ theo dõi.",
            "Sau 3 tháng, tỷ lệ hồ sơ trực tuyến toàn trình của người trên 60 tuổi trong phường tăng từ 12% lên 41%; giảm thời gian đi lại và chờ đợi tại Trung tâm Phục vụ hành chính công.",
            [("an.nguyenvan@demo.initiativehub.vn", 60m), ("Hoàng Đức Thịnh", 40m)]),
        new("trang.hoangthu@demo.initiativehub.vn", 1, Fate.Accept,
            "Sổ liên lạc điện tử kết hợp nhóm Zalo lớp học ở Trường THCS Trần Hưng Đạo",
            "Giáo viên chủ nhiệm gửi điểm, nhận xét và lịch hoạt động qua sổ liên lạc điện tử; nhóm Zalo theo lớp chỉ dùng cho thông báo khẩn. Quy ước giờ nhắn tin và mẫu tin nhắn giúp phụ huynh không bị quá tải thông tin.",
            "Phụ huynh nắm được tình hình học tập hằng tuần; số cuộc họp phụ huynh bất thường giảm một nửa; tiết kiệm giấy in phiếu điểm.",
            [("trang.hoangthu@demo.initiativehub.vn", 50m), ("Nguyễn Thị Lệ", 30m), ("Phan Văn Hùng", 20m)]),
        new("duc.langvan@demo.initiativehub.vn", 3, Fate.Accept,
            "Mô hình phân loại rác tại nguồn và ủ phân hữu cơ vi sinh ở tổ dân phố số 3",
            "Mỗi hộ được phát hai thùng rác theo màu; rác hữu cơ được thu gom riêng và ủ bằng chế phẩm vi sinh tại vườn chung của tổ dân phố, phân thành phẩm dùng chăm cây xanh và vườn rau của các hộ.",
            "Lượng rác phải chuyển đi xử lý giảm khoảng 35%; cảnh quan tổ dân phố sạch hơn; mô hình có thể nhân rộng ra các tổ dân phố khác với chi phí thấp.",
            [("duc.langvan@demo.initiativehub.vn", 70m), ("phuong.chuthi@demo.initiativehub.vn", 30m)]),
        new("phuong.chuthi@demo.initiativehub.vn", 2, Fate.Return,
            "Nhắc lịch tiêm chủng và khám thai qua tin nhắn cho các hộ gia đình",
            "Trạm y tế nhập lịch tiêm chủng mở rộng và lịch khám thai vào bảng tính dùng chung; hệ thống tự gửi tin nhắn nhắc lịch trước 3 ngày và sau buổi hẹn nếu người dân chưa đến.",
            "Tỷ lệ trẻ tiêm đúng lịch tăng; giảm việc cán bộ y tế phải gọi điện từng hộ.",
            [("phuong.chuthi@demo.initiativehub.vn", 100m)]),
        new("bao.damquoc@demo.initiativehub.vn", 4, Fate.Submit,
            "Bản đồ số camera an ninh của các hộ kinh doanh phối hợp với Công an phường",
            "Các hộ kinh doanh tự nguyện đăng ký vị trí camera hướng ra đường trên bản đồ số dùng chung với Công an phường; khi có vụ việc, công an biết ngay camera nào có thể trích xuất hình ảnh.",
            "Rút ngắn thời gian xác minh vụ việc; tăng gắn kết giữa người dân và lực lượng công an trong phong trào toàn dân bảo vệ an ninh Tổ quốc.",
            [("bao.damquoc@demo.initiativehub.vn", 80m), ("Vy Thị Ngân", 20m)]),
        new("huyen.mongthi@demo.initiativehub.vn", 0, Fate.Submit,
            "Ki-ốt tra cứu thủ tục hành chính bằng giọng nói tiếng Việt tại bộ phận một cửa",
            "Máy tính bảng đặt tại bộ phận một cửa cho phép người dân hỏi bằng giọng nói (ví dụ: \"làm giấy khai sinh cần gì\") và nhận danh sách giấy tờ, phí, thời hạn giải quyết kèm mã QR mở thủ tục trên Cổng dịch vụ công.",
            "Giảm tải câu hỏi lặp lại cho công chức một cửa; người dân chuẩn bị đủ giấy tờ ngay từ lần đầu.",
            [("huyen.mongthi@demo.initiativehub.vn", 55m), ("an.nguyenvan@demo.initiativehub.vn", 45m)]),
        new("long.vuduc@demo.initiativehub.vn", 1, Fate.Submit,
            "Câu lạc bộ STEM cuối tuần dùng vật liệu tái chế cho học sinh tiểu học",
            "Đoàn Thanh niên phối hợp nhà trường tổ chức câu lạc bộ STEM sáng thứ Bảy; học sinh làm xe năng lượng mặt trời, hệ thống tưới cây tự động từ chai nhựa và bìa các-tông.",
            "Học sinh hứng thú với khoa học, kỹ thuật; lượng vật liệu tái chế thu gom được tận dụng; chi phí mỗi buổi dưới 200.000 đồng.",
            [("long.vuduc@demo.initiativehub.vn", 100m)]),
        new("oanh.huakim@demo.initiativehub.vn", 2, Fate.Submit,
            "Sổ theo dõi huyết áp điện tử cho người bệnh tăng huyết áp tại tổ dân phố",
            "Cộng tác viên y tế đo huyết áp định kỳ và nhập kết quả bằng điện thoại; trạm y tế xem biểu đồ từng người và được cảnh báo khi chỉ số vượt ngưỡng để hẹn khám lại.",
            "Phát hiện sớm các trường hợp huyết áp không ổn định; giảm biến chứng tai biến ở người cao tuổi.",
            [("oanh.huakim@demo.initiativehub.vn", 65m), ("Bùi Thị Hạnh", 35m)]),
        new("khanh.samvan@demo.initiativehub.vn", 3, Fate.Submit,
            "Đèn chiếu sáng ngõ xóm dùng năng lượng mặt trời do người dân cùng góp",
            "Các hộ trong ngõ cùng góp kinh phí lắp đèn năng lượng mặt trời có cảm biến chuyển động; tổ dân phố lập sổ theo dõi bảo trì và quỹ thay pin.",
            "Ngõ xóm sáng về đêm, không phát sinh tiền điện; góp phần giữ an ninh trật tự và tiết kiệm năng lượng.",
            [("khanh.samvan@demo.initiativehub.vn", 50m), ("Hoàng Văn Lâm", 25m), ("Nông Thị Dung", 25m)]),
        new("an.nguyenvan@demo.initiativehub.vn", 0, Fate.Submit,
            "Mã QR dán tại từng tổ dân phố để phản ánh kiến nghị về hạ tầng đô thị",
            "Người dân quét mã QR dán tại nhà văn hóa tổ dân phố để gửi ảnh và vị trí ổ gà, đèn hỏng, rác tồn đọng; UBND phường chuyển phản ánh đến đơn vị xử lý và báo kết quả lại cho người gửi.",
            "Phản ánh được tiếp nhận đúng nơi, có theo dõi; thời gian xử lý trung bình giảm từ 10 ngày xuống 4 ngày.",
            [("an.nguyenvan@demo.initiativehub.vn", 100m)]),
        new("trang.hoangthu@demo.initiativehub.vn", 1, Fate.Submit,
            "Thư viện sách nói cho học sinh khiếm thị và người cao tuổi",
            "Học sinh tình nguyện thu âm sách giáo khoa và truyện đọc, đưa lên kho dùng chung; người nghe mở bằng điện thoại hoặc loa thông minh đặt ở nhà văn hóa.",
            "Tạo cơ hội tiếp cận tri thức cho người khiếm thị, người cao tuổi; rèn kỹ năng đọc diễn cảm cho học sinh.",
            [("trang.hoangthu@demo.initiativehub.vn", 40m), ("bao.damquoc@demo.initiativehub.vn", 30m), ("Lê Minh Châu", 30m)]),
        new("duc.langvan@demo.initiativehub.vn", 4, Fate.Submit,
            "Nhóm Zalo \"Tổ dân phố bình yên\" cảnh báo lừa đảo qua mạng",
            "Công an phường và tổ dân phố duy trì nhóm Zalo đăng cảnh báo các thủ đoạn lừa đảo mới, hướng dẫn người dân xác minh cuộc gọi giả danh cơ quan chức năng.",
            "Người dân nhận diện được thủ đoạn lừa đảo; trong quý không phát sinh vụ việc bị chiếm đoạt tài sản qua mạng trên địa bàn tổ.",
            [("duc.langvan@demo.initiativehub.vn", 100m)]),
        new("huyen.mongthi@demo.initiativehub.vn", 3, Fate.Draft,
            "Vườn rau sạch trên mái nhà văn hóa tổ dân phố",
            "Tận dụng mái bằng của nhà văn hóa để trồng rau theo phương pháp thủy canh tuần hoàn; các hộ luân phiên chăm sóc, rau thu hoạch dùng cho bếp ăn của hội người cao tuổi.",
            null,
            [("huyen.mongthi@demo.initiativehub.vn", 100m)]),
    ];

    /// <summary>
    /// Entries of the 18/5 campaign, taken through judging to publication; each with the five judges' points on
    /// NOVELTY (30), EFFECT (30), SCOPE (25), FEASIBILITY (15) and the leader's decision.
    /// </summary>
    public static readonly ScoredEntry[] ScienceDayEntries =
    [
        new("an.nguyenvan@demo.initiativehub.vn", 0,
            "Ứng dụng bản đồ số tra cứu điểm thu gom rác thải nguy hại trên địa bàn phường",
            "Bản đồ số trên điện thoại chỉ đường đến các điểm thu gom pin, bóng đèn hỏng, vỏ thuốc bảo vệ thực vật; người dân đánh dấu điểm đã đầy để tổ môi trường đến thu gom.",
            "Lượng rác nguy hại được thu gom riêng tăng gấp ba sau 2 tháng; không còn pin, bóng đèn lẫn trong rác sinh hoạt ở các tổ dân phố áp dụng.",
            [[28, 27, 22, 14], [27, 28, 23, 13], [28, 26, 22, 14], [27, 27, 21, 14], [26, 28, 22, 13]], true),
        new("trang.hoangthu@demo.initiativehub.vn", 1,
            "Phòng thí nghiệm ảo môn Khoa học tự nhiên cho học sinh THCS",
            "Giáo viên xây dựng bộ thí nghiệm mô phỏng trên máy tính bảng cho các bài thực hành còn thiếu dụng cụ; học sinh làm thí nghiệm theo nhóm và ghi kết quả vào phiếu điện tử.",
            "100% học sinh khối 8 được thực hành đủ các bài thí nghiệm theo chương trình; điểm thực hành trung bình tăng 1,2 điểm.",
            [[24, 24, 20, 12], [25, 23, 19, 12], [23, 24, 20, 13], [24, 25, 19, 12], [24, 24, 20, 12]], true),
        new("duc.langvan@demo.initiativehub.vn", 3,
            "Hệ thống tưới nhỏ giọt tự động cho vườn cây xanh tổ dân phố",
            "Bộ điều khiển tưới theo độ ẩm đất lắp từ linh kiện phổ thông, cấp nước cho vườn cây và bồn hoa của tổ dân phố; tổ dân phố theo dõi lượng nước qua đồng hồ.",
            "Tiết kiệm khoảng 40% lượng nước tưới; cây xanh phát triển tốt cả mùa khô.",
            [[21, 21, 18, 11], [22, 20, 17, 11], [20, 21, 18, 12], [21, 22, 17, 11], [21, 21, 18, 11]], false),
        new("long.vuduc@demo.initiativehub.vn", 2,
            "Phiếu khám sức khỏe điện tử cho người cao tuổi tại Trạm Y tế",
            "Kết quả khám sức khỏe định kỳ của người cao tuổi được lưu trên phiếu điện tử, người nhà xem được qua mã QR.",
            "Giảm hồ sơ giấy; người nhà nắm được tình trạng sức khỏe để nhắc tái khám.",
            [[15, 14, 12, 8], [14, 15, 12, 7], [15, 13, 11, 8], [14, 14, 12, 8], [15, 14, 12, 7]], false),
    ];

    public static readonly string[] Themes =
    [
        "Đổi mới sáng tạo - Hành động đột phá, lan tỏa kết quả",
        "Đổi mới sáng tạo - Chuyển đổi nhanh hơn, mạnh mẽ hơn để biến ý tưởng thành giá trị, khát vọng thành hiện thực",
    ];

    public static readonly string[] Slogans =
    [
        "Nhiệt liệt chào mừng Ngày Sáng tạo và Đổi mới sáng tạo thế giới - 21/4/2026",
        "Nhiệt liệt chào mừng Ngày Khoa học và Công nghệ Việt Nam 18/5",
    ];

    public static readonly string[] LegalBasis =
    [
        "Công văn số 2341/BKHCN-ĐMST ngày 16/4/2026 của Bộ Khoa học và Công nghệ về việc hưởng ứng Ngày Sáng tạo và Đổi mới sáng tạo thế giới 21/4 năm 2026",
        "Công văn của Sở Khoa học và Công nghệ Lạng Sơn về việc phối hợp tuyên truyền hưởng ứng Ngày Sáng tạo và Đổi mới sáng tạo thế giới (21/4) và Ngày Sở hữu trí tuệ thế giới (26/4) năm 2026",
        "Kế hoạch của UBND phường Trần Hưng Đạo hưởng ứng Ngày Sáng tạo và Đổi mới sáng tạo thế giới (21/4); Ngày Sở hữu trí tuệ thế giới (26/4); Ngày Khoa học và Công nghệ Việt Nam (18/5) năm 2026",
    ];

    /// <summary>An entry of the 18/5 campaign with its five score sheets; <see cref="Approve"/> false: the leader returns it.</summary>
    internal sealed record ScoredEntry(string Submitter, int Category, string Title, string Description, string Benefits, decimal[][] Points, bool Approve);

    internal sealed record Ward(string Code, string Name, Unit[] Units);

    internal sealed record Unit(string Name, OrganizationKind Kind);

    internal sealed record Person(string FullName, string Email, Role Role, string Unit);

    internal sealed record DemoEntry(string Submitter, int Category, Fate Fate, string Title, string Description, string? Benefits, (string Who, decimal Share)[] Authors);

    internal enum Fate
    {
        Draft,
        Submit,
        Accept,
        Return,
    }
}

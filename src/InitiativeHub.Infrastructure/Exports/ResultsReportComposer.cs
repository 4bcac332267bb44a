using System.Globalization;
using InitiativeHub.Application.Common.Time;
using InitiativeHub.Application.Directives;
using InitiativeHub.Application.Exports;
using InitiativeHub.Domain.Directives;
using InitiativeHub.Domain.Organizations;
using InitiativeHub.Domain.Text;

namespace InitiativeHub.Infrastructure.Exports;

/// <summary>A plan answering the directive and its tasks, as section I reports them.</summary>
public sealed record ReportedPlan(Plan Plan, IReadOnlyList<PlanTask> Tasks);

/// <summary>
/// What a results report is composed from: the aggregate (the dashboard's read model, over every recipient or only
/// the writer's row), the writing organization with its ancestors (nearest first), the addressee's name in force,
/// the plans answering the directive and the report's date.
/// </summary>
public sealed record ResultsReportSource(
    DirectiveAggregate Aggregate,
    Organization Writer,
    IReadOnlyList<Organization> Ancestors,
    string? Addressee,
    IReadOnlyList<ReportedPlan> Plans,
    DateOnly Date);

/// <summary>
/// Turns a <see cref="ResultsReportSource"/> into the document model of Báo cáo kết quả thực hiện: every figure is the
/// aggregate's (platform counts and reported activities), every sentence of sections III–V beyond the reporting
/// status comes from the reports' own free text. Pure: no I/O, so the wording is unit-tested.
/// </summary>
public static class ResultsReportComposer
{
    /// <summary>The platform's figures, then one column per activity kind, in report order.</summary>
    public static IReadOnlyList<string> FigureColumns { get; } =
        ["Sáng kiến, mô hình đã nộp", "Sáng kiến được công nhận", "Khen thưởng được phê duyệt", .. ActivityKinds.All.Select(DocumentLabels.OfActivity)];

    /// <summary>How many of <see cref="FigureColumns"/> are the platform's own counts (the rest are reported activities).</summary>
    public const int PlatformFigureCount = 3;

    public static ResultsReportData Compose(ResultsReportSource source)
    {
        var aggregate = source.Aggregate;
        var directive = aggregate.Directive;
        var consolidated = source.Writer.Id == directive.IssuerId;
        var about = About(directive.Title);
        var reference = $"Công văn số {directive.Code} ngày {Date(directive.IssuedAt)} của {directive.IssuerName}";
        var rows = aggregate.Rows.Select(r => Row(r, consolidated)).ToList();
        var totals = Enumerable.Range(0, FigureColumns.Count).Select(i => rows.Sum(r => r.Figures[i])).ToList();

        // Entries are counted once in the totals even when a recipient lies below another one: the aggregate's totals.
        totals[0] = aggregate.Figures.EntriesSubmitted;
        totals[1] = aggregate.Figures.InitiativesRecognized;
        totals[2] = aggregate.Figures.AwardsApproved;
        var activities = ActivityKinds.All.Select((kind, i) => new ActivityCount(kind, totals[PlatformFigureCount + i], null)).ToList();

        var direction = new List<string>();
        direction.Add(consolidated
            ? $"Ngày {Date(directive.IssuedAt)}, {directive.IssuerName} ban hành Công văn số {directive.Code} {about}, đề nghị {aggregate.Rows.Count} đơn vị "
              + $"({string.Join(", ", aggregate.Rows.Select(r => r.OrganizationName))}) triển khai thực hiện và gửi báo cáo kết quả trước ngày {Date(directive.ReportDueAt)}."
            : $"Thực hiện {reference} {about}, {source.Writer.Name} đã triển khai thực hiện như sau:");
        direction.AddRange(source.Plans.Select(p => PlanLine(p, consolidated)));
        if (source.Plans.Count == 0)
        {
            direction.Add(consolidated ? "Chưa có đơn vị nào ban hành kế hoạch thực hiện trên hệ thống." : "Đơn vị chưa ban hành kế hoạch thực hiện trên hệ thống.");
        }

        var figures = aggregate.Figures;
        var results = new List<string>
        {
            $"1. Kết quả ghi nhận trên hệ thống trong kỳ báo cáo (từ ngày {Day(directive.PeriodStart)} đến ngày {Day(directive.PeriodEnd)}):",
            $"- Số sáng kiến, mô hình đã nộp: {figures.EntriesSubmitted};",
        };
        results.AddRange(figures.Breakdown.Select(b => $"+ {b.CategoryName} ({DocumentLabels.Of(b.Kind)}): {b.EntriesSubmitted};"));
        results.Add($"- Số sáng kiến được công nhận: {figures.InitiativesRecognized};");
        results.Add($"- Số khen thưởng được phê duyệt: {figures.AwardsApproved}.");
        results.Add(consolidated ? "2. Hoạt động tuyên truyền theo báo cáo của các đơn vị:" : "2. Hoạt động tuyên truyền của đơn vị:");
        var reported = activities.Where(a => a.Count > 0).ToList();
        results.AddRange(reported.Count == 0
            ? ["Chưa có hoạt động nào được báo cáo."]
            : reported.Select((a, i) => $"- {DocumentLabels.OfActivity(a.Kind)}: {a.Count.ToString(CultureInfo.InvariantCulture)}{(i == reported.Count - 1 ? "." : ";")}"));
        if (consolidated)
        {
            results.Add($"3. Tình hình báo cáo: {aggregate.Rows.Count} đơn vị nhận văn bản; {aggregate.OnTime} đơn vị báo cáo đúng hạn, "
                + $"{aggregate.Late} đơn vị báo cáo trễ hạn, {aggregate.Missing} đơn vị chưa báo cáo (chi tiết tại biểu kèm theo).");
        }

        var narratives = aggregate.Rows
            .SelectMany(r => r.Reports.Where(report => consolidated ? report.IsSubmitted : true).Select(report => (r.OrganizationName, Text: ReportNarrative.Parse(report.Narrative))))
            .ToList();
        var assessment = new List<string>();
        if (consolidated)
        {
            var missing = aggregate.Rows.Where(r => r.Status is UnitReportStatus.NotStarted or UnitReportStatus.Draft).Select(r => r.OrganizationName).ToList();
            assessment.Add($"Tính đến ngày {Day(source.Date)}, {aggregate.OnTime + aggregate.Late}/{aggregate.Rows.Count} đơn vị đã gửi báo cáo "
                + $"({aggregate.OnTime} đúng hạn, {aggregate.Late} trễ hạn)"
                + (missing.Count == 0 ? "." : $"; {missing.Count} đơn vị chưa gửi báo cáo: {string.Join(", ", missing)}."));
        }

        assessment.AddRange(Quote(narratives, n => n.Assessment, consolidated));
        var outlook = Quote(narratives, n => n.Outlook, consolidated).ToList();
        if (consolidated && aggregate.Missing > 0)
        {
            outlook.Add($"Đôn đốc {string.Join(", ", aggregate.Rows.Where(r => r.Status is UnitReportStatus.NotStarted or UnitReportStatus.Draft).Select(r => r.OrganizationName))} gửi báo cáo kết quả thực hiện.");
        }

        var recommendations = Quote(narratives, n => n.Recommendations, consolidated).ToList();
        return new ResultsReportData(
            IssuerOf(source.Writer, source.Ancestors),
            SymbolOf(source.Writer),
            source.Date,
            $"Kết quả thực hiện {reference}\n{about}",
            source.Addressee,
            consolidated,
            direction,
            results,
            assessment.Count == 0 ? ["Đơn vị chưa có nội dung đánh giá."] : assessment,
            outlook.Count == 0 ? ["Không có."] : outlook,
            recommendations.Count == 0 ? ["Không có."] : recommendations,
            FigureColumns,
            rows,
            totals,
            SignerOf(source.Writer),
            source.Addressee is null ? ["Lưu: VT"] : ["Như trên", "Lưu: VT"]);
    }

    /// <summary>
    /// The place name of the heading (địa danh): the nearest people's committee's area among the writer and its
    /// ancestors, "Lạng Sơn" for "UBND tỉnh Lạng Sơn", "Phường Đông Kinh" for "UBND phường Đông Kinh".
    /// </summary>
    public static string PlaceOf(Organization writer, IReadOnlyList<Organization> ancestors)
    {
        foreach (var organization in ancestors.Prepend(writer))
        {
            if (organization.Kind is OrganizationKind.ProvincePeoplesCommittee or OrganizationKind.CommunePeoplesCommittee)
            {
                var area = StripPrefix(organization.Name, "Ủy ban nhân dân ", "Uỷ ban nhân dân ", "UBND ");
                area = organization.Kind == OrganizationKind.ProvincePeoplesCommittee ? StripPrefix(area, "tỉnh ", "thành phố ") : area;
                return area.Length == 0 ? organization.Name : char.ToUpper(area[0], CultureInfo.GetCultureInfo("vi-VN")) + area[1..];
            }
        }

        return writer.Name;
    }

    /// <summary>"BC-UBND" for a people's committee, otherwise "BC-" and the initials of the writer's name ("BC-SKHCN").</summary>
    public static string SymbolOf(Organization writer)
    {
        if (writer.Kind is OrganizationKind.ProvincePeoplesCommittee or OrganizationKind.CommunePeoplesCommittee)
        {
            return "BC-UBND";
        }

        var initials = writer.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.All(char.IsLetter) && !string.Equals(w, "và", StringComparison.OrdinalIgnoreCase))
            .Select(w => char.ToUpper(w.Normalize(System.Text.NormalizationForm.FormD)[0], CultureInfo.InvariantCulture));
        return "BC-" + string.Concat(initials);
    }

    private static IssuingBody IssuerOf(Organization writer, IReadOnlyList<Organization> ancestors)
    {
        // The governing body's line abbreviates "Ủy ban nhân dân" as documents do ("UBND TỈNH LẠNG SƠN").
        var parent = ancestors.Count > 0 ? ancestors[0].Name : null;
        if (parent is not null)
        {
            var bare = StripPrefix(parent, "Ủy ban nhân dân ", "Uỷ ban nhân dân ");
            parent = bare.Length < parent.Length ? "UBND " + bare : parent;
        }

        return new IssuingBody(parent, writer.Name, PlaceOf(writer, ancestors));
    }

    private static Signer SignerOf(Organization writer) => writer.Kind switch
    {
        OrganizationKind.ProvincePeoplesCommittee or OrganizationKind.CommunePeoplesCommittee => new Signer("TM. Ủy ban nhân dân", "Chủ tịch", null),
        OrganizationKind.Ministry => new Signer(null, "Bộ trưởng", null),
        OrganizationKind.Department => new Signer(null, "Giám đốc", null),
        _ => new Signer(null, "Thủ trưởng đơn vị", null),
    };

    private static ResultsReportRow Row(DirectiveAggregateRow row, bool consolidated)
    {
        // The issuer counts submitted activities only (as its dashboard does); a recipient's own report shows what it wrote so far.
        var activities = consolidated ? row.Activities : ActivityKinds.Sum(row.Reports.Select(r => r.TotalActivities));
        var status = DocumentLabels.Of(row.Status) + (row.SubmittedAt is { } at ? $" ({Date(at)})" : string.Empty);
        return new ResultsReportRow(
            row.OrganizationName,
            status,
            [row.Figures.EntriesSubmitted, row.Figures.InitiativesRecognized, row.Figures.AwardsApproved,
             .. ActivityKinds.All.Select(kind => activities.FirstOrDefault(a => a.Kind == kind)?.Count ?? 0)]);
    }

    private static string PlanLine(ReportedPlan reported, bool consolidated)
    {
        var plan = reported.Plan;
        var line = $"- {(consolidated ? plan.OrganizationName + " ban hành" : "Ban hành")} Kế hoạch số {plan.Number} ngày {Date(plan.CreatedAt)} {plan.Title}"
            + $", thời gian thực hiện từ ngày {Day(plan.PeriodStart)} đến ngày {Day(plan.PeriodEnd)}";
        if (plan.Themes.Count > 0)
        {
            line += $"; chủ đề: {string.Join("; ", plan.Themes.Select(t => $"\"{t}\""))}";
        }

        if (plan.Slogans.Count > 0)
        {
            line += $"; khẩu hiệu: {string.Join("; ", plan.Slogans.Select(s => $"\"{s}\""))}";
        }

        if (reported.Tasks.Count > 0)
        {
            var units = reported.Tasks.Select(t => t.AssigneeName).Distinct(StringComparer.Ordinal).ToList();
            line += $"; phân công {reported.Tasks.Count} nhiệm vụ cho {units.Count} đơn vị ({string.Join(", ", units)}), "
                + $"đã hoàn thành {reported.Tasks.Count(t => t.Status == PlanTaskStatus.Done)}/{reported.Tasks.Count} nhiệm vụ";
        }

        return line + ".";
    }

    private static IEnumerable<string> Quote(IEnumerable<(string Organization, ReportNarrative Text)> narratives, Func<ReportNarrative, IReadOnlyList<string>> part, bool consolidated) =>
        narratives.SelectMany(n => part(n.Text).Select(line => consolidated ? $"{n.Organization}: {line}" : line));

    /// <summary>"về việc …" from a subject written "V/v …"; other subjects are quoted as they are.</summary>
    private static string About(string title)
    {
        var clean = VietnameseText.Normalize(title) ?? string.Empty;
        return clean.StartsWith("V/v ", StringComparison.OrdinalIgnoreCase) ? "về việc " + clean[4..].TrimStart() : $"về \"{clean}\"";
    }

    private static string Date(DateTimeOffset instant) => VietnamTime.FormatDate(instant);

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string StripPrefix(string text, params string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return text[prefix.Length..].TrimStart();
            }
        }

        return text;
    }
}

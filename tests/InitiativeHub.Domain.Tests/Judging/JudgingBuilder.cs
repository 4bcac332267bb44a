using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Domain.Tests.Judging;

/// <summary>Readable, reproducible ids and the small objects judging tests need.</summary>
public static class JudgingBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(7));

    public static readonly Guid CampaignId = Id(9, 1);

    public static PhasePermissions JudgingPhase => PhasePermissions.For(CampaignPhase.Judging);

    public static Guid Judge(int n) => Id(1, n);

    public static Guid Entry(int n) => Id(2, n);

    public static Guid Category(int n) => Id(3, n);

    public static Guid PanelId(int n) => Id(4, n);

    public static Guid Organization(int n) => Id(5, n);

    /// <summary>A fixed id whose first digit tells the kind: 1 judge, 2 entry, 3 category, 4 panel, 5 organization.</summary>
    public static Guid Id(int kind, int n) => new($"{kind:D8}-0000-0000-0000-{n:D12}");

    public static IReadOnlyList<Guid> Categories(int count) => Enumerable.Range(1, count).Select(Category).ToList();

    /// <summary>A panel whose first judge chairs; every member scores.</summary>
    public static Panel NewPanel(int n, IReadOnlyList<Guid> judges, IReadOnlyList<Guid>? categories = null, int campaignCategories = 3) =>
        Panel.Create(
            PanelId(n),
            CampaignId,
            Categories(campaignCategories),
            $"Tiểu ban {n}",
            categories,
            judges.Select((j, i) => new PanelMember(j, i == 0 ? PanelRole.Chair : PanelRole.Member)).ToList());

    public static IReadOnlyList<Guid> Judges(int from, int count) => Enumerable.Range(from, count).Select(Judge).ToList();

    public static List<AssignableEntry> EntryList(int count, Guid? category = null) =>
        Enumerable.Range(1, count).Select(i => new AssignableEntry(Entry(i), category ?? Category(1))).ToList();

    /// <summary>Novelty 30 (×1.5), effect 40 (×1), scope 30 (×0.5): max total 45 + 40 + 15 = 100.</summary>
    public static Rubric NewRubric(
        Aggregation aggregation = Aggregation.Mean,
        decimal? passThreshold = 50,
        decimal? disagreementThreshold = 20,
        IReadOnlyList<string>? tieBreak = null,
        int precision = 2) =>
        Rubric.Create(
            [
                new Criterion("NOVELTY", "Tính mới", null, 30, 1.5m),
                new Criterion("EFFECT", "Hiệu quả", null, 40, 1),
                new Criterion("SCOPE", "Khả năng áp dụng", null, 30, 0.5m),
            ],
            passThreshold,
            aggregation,
            disagreementThreshold,
            tieBreak ?? ["NOVELTY", "EFFECT"],
            precision);

    public static IReadOnlyList<CriterionScore> Scores(decimal novelty, decimal effect, decimal scope) =>
        [new("NOVELTY", novelty), new("EFFECT", effect), new("SCOPE", scope)];
}

namespace InitiativeHub.GraphQL.Judging;

public sealed class AssignJudgesInput
{
    public string PanelId { get; set; } = string.Empty;

    public int? JudgesPerEntry { get; set; }

    public IReadOnlyList<string>? EntryIds { get; set; }

    public IReadOnlyList<string>? JudgeIds { get; set; }
}

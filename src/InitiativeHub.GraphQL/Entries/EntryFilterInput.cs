using InitiativeHub.Domain.Entries;

namespace InitiativeHub.GraphQL.Entries;

public sealed class EntryFilterInput
{
    public List<EntryStatus>? Status { get; set; }

    public string? CategoryId { get; set; }

    public string? Search { get; set; }
}

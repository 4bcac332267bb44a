using Microsoft.AspNetCore.Http;

namespace InitiativeHub.GraphQL.Entries;

public sealed class AddAttachmentInput
{
    public string EntryId { get; set; } = string.Empty;

    public IFormFile? File { get; set; }
}

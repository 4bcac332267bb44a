using InitiativeHub.Domain.Entries;

namespace InitiativeHub.GraphQL.Entries;

/// <summary>An attachment with the entry it belongs to (whose viewers decide who gets a download URL).</summary>
public sealed record AttachmentView(Entry Entry, EntryAttachment Attachment);

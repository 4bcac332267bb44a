using InitiativeHub.Application.Common.Results;
using InitiativeHub.Domain.Entries;

namespace InitiativeHub.Application.Entries;

/// <summary>The single writer of one entry (keyed by its id). Authorization happens before a command reaches it.</summary>
public interface IEntryGrain : IGrainWithGuidKey
{
    Task<CommandResult<Guid>> CreateAsync(CreateEntryCommand command);

    Task<CommandResult<Guid>> UpdateAsync(EntryChanges changes, Guid actorId);

    Task<CommandResult<Guid>> AddAttachmentAsync(EntryAttachment attachment, Guid actorId);

    /// <summary>Submits; a repeated idempotency key returns the first receipt without submitting again.</summary>
    Task<CommandResult<Receipt>> SubmitAsync(string? idempotencyKey, Guid actorId);

    Task<CommandResult<Guid>> WithdrawAsync(string? reason, Guid actorId);

    Task<CommandResult<Guid>> ScreenAsync(ScreenEntryCommand command);
}

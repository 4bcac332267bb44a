using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Common.Results;
using InitiativeHub.Application.Entries;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Entries;

namespace InitiativeHub.Grains.Entries;

/// <summary>
/// Single writer of one entry: every change is applied by the domain rules against the campaign as stored, then
/// committed with its audit record (and notices) before the grain answers.
/// </summary>
public sealed class EntryGrain(IEntryRepository entries, ICampaignRepository campaigns, TimeProvider clock) : Grain, IEntryGrain
{
    public Task<CommandResult<Guid>> CreateAsync(CreateEntryCommand command) =>
        CommandRunner.RunAsync(async () =>
        {
            var id = this.GetPrimaryKey();
            if (await entries.GetAsync(id, CancellationToken.None) is not null)
            {
                throw new DomainException(ErrorCodes.Conflict, "Hồ sơ này đã tồn tại.");
            }

            var campaign = await LoadCampaignAsync(command.CampaignId);
            var entry = Entry.Create(
                id, campaign, command.CategoryId, command.Kind, command.SubmitterKind, command.SubmitterId, command.OrganizationId, command.Content, clock.GetUtcNow());
            await entries.AddAsync(entry, command.SubmitterId, CancellationToken.None);
            return id;
        });

    public Task<CommandResult<Guid>> UpdateAsync(EntryChanges changes, Guid actorId) =>
        CommandRunner.RunAsync(async () =>
        {
            var (entry, campaign) = await LoadAsync();
            entry.Update(campaign, changes, clock.GetUtcNow());
            await entries.SaveAsync(entry, actorId, "updated", new { entry.Content.Title }, [], CancellationToken.None);
            return entry.Id;
        });

    public Task<CommandResult<Guid>> AddAttachmentAsync(EntryAttachment attachment, Guid actorId) =>
        CommandRunner.RunAsync(async () =>
        {
            var (entry, campaign) = await LoadAsync();
            entry.AddAttachment(campaign, attachment, clock.GetUtcNow());
            await entries.SaveAsync(
                entry, actorId, "attachment-added", new { attachment.Id, attachment.FileName, attachment.SizeBytes, attachment.Sha256 }, [], CancellationToken.None);
            return attachment.Id;
        });

    public Task<CommandResult<Receipt>> SubmitAsync(string? idempotencyKey, Guid actorId) =>
        CommandRunner.RunAsync(async () =>
        {
            if (idempotencyKey is not null &&
                await entries.FindVersionByIdempotencyKeyAsync(this.GetPrimaryKey(), idempotencyKey, CancellationToken.None) is { } earlier)
            {
                return new Receipt(earlier.ReceiptNumber, earlier.SubmittedAt, earlier.Digest);
            }

            var (entry, campaign) = await LoadAsync();
            var version = entry.Submit(campaign, clock.GetUtcNow());
            return await entries.SaveSubmissionAsync(
                entry, version, idempotencyKey, actorId, receipt => [EntryNotices.Submitted(entry, receipt)], CancellationToken.None);
        });

    public Task<CommandResult<Guid>> WithdrawAsync(string? reason, Guid actorId) =>
        CommandRunner.RunAsync(async () =>
        {
            var (entry, campaign) = await LoadAsync();
            entry.Withdraw(campaign, clock.GetUtcNow());
            await entries.SaveAsync(entry, actorId, "withdrawn", new { Reason = reason }, [], CancellationToken.None);
            return entry.Id;
        });

    public Task<CommandResult<Guid>> ScreenAsync(ScreenEntryCommand command) =>
        CommandRunner.RunAsync(async () =>
        {
            var (entry, campaign) = await LoadAsync();
            var before = entry.Status;
            entry.Screen(campaign, command.Decision, command.Reason, command.DueAt, command.DuplicateOfEntryId, clock.GetUtcNow());
            await entries.SaveAsync(
                entry,
                command.ActorId,
                "screened",
                new { From = before.ToString(), To = entry.Status.ToString(), command.Reason, command.DueAt, command.DuplicateOfEntryId },
                [EntryNotices.Screened(entry)],
                CancellationToken.None);
            return entry.Id;
        });

    private async Task<(Entry Entry, Campaign Campaign)> LoadAsync()
    {
        var entry = await entries.GetAsync(this.GetPrimaryKey(), CancellationToken.None)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ.", "entryId");
        return (entry, await LoadCampaignAsync(entry.CampaignId));
    }

    private async Task<Campaign> LoadCampaignAsync(Guid campaignId) =>
        await campaigns.GetAsync(campaignId, CancellationToken.None) ?? throw new NotFoundException("Không tìm thấy phong trào.", "campaignId");
}

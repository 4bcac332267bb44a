using GraphQL;
using GraphQL.Types;
using InitiativeHub.Application.Entries;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Entries;
using InitiativeHub.GraphQL.Campaigns;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.Conventions;
using InitiativeHub.GraphQL.Organizations;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Entries;

/// <summary>The entry fields of Query and Mutation: the submitter's journey and screening.</summary>
public static class EntryFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<EntriesConnectionGraphType>>("entries")
            .Description("Entries the viewer may see in a campaign (organizers: all submitted; submitters: own, drafts included).")
            .Argument<NonNullGraphType<IdGraphType>>("campaignId")
            .Argument<EntryFilterInputGraphType>("where")
            .Argument<ListGraphType<NonNullGraphType<EntrySortInputGraphType>>>("order")
            .ForwardPaging()
            .ResolveAsync(async c =>
            {
                var campaignId = GlobalId.Decode(c.GetArgument<string>("campaignId"), CampaignGraphType.TypeName, "campaignId");
                var where = c.GetArgument<EntryFilterInput?>("where");
                var filter = new EntryFilter(where?.Status, GlobalId.DecodeOptional(where?.CategoryId, CategoryGraphType.TypeName, "categoryId"), where?.Search);
                var sort = ToSort(c.GetArgument<List<EntrySortInput>?>("order"));
                return await c.Service<EntryService>().ListAsync(c.GetViewer(), campaignId, filter, sort, c.GetPageRequest(), c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SimilarEntryGraphType>>>>("similarEntries")
            .Description("Entries similar to the given text in this campaign and earlier ones (duplicate / novelty check).")
            .Argument<NonNullGraphType<IdGraphType>>("campaignId")
            .Argument<NonNullGraphType<StringGraphType>>("title")
            .Argument<StringGraphType>("description")
            .Argument<IntGraphType>("first")
            .ResolveAsync(async c => await c.Service<EntryService>().FindSimilarAsync(
                c.GetViewer(),
                GlobalId.Decode(c.GetArgument<string>("campaignId"), CampaignGraphType.TypeName, "campaignId"),
                c.GetArgument<string>("title"),
                c.GetArgument<string?>("description"),
                c.GetArgument<int?>("first"),
                c.CancellationToken));

        query.Field<NonNullGraphType<ReceiptVerificationGraphType>>("verifyReceipt")
            .Description("Anyone may verify a receipt: true when the digest matches what was submitted under that number.")
            .Argument<NonNullGraphType<StringGraphType>>("number")
            .Argument<NonNullGraphType<StringGraphType>>("digest")
            .ResolveAsync(async c => await c.Service<EntryService>().VerifyReceiptAsync(c.GetArgument<string>("number"), c.GetArgument<string>("digest"), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateEntryPayloadGraphType>>("createEntry")
            .Description("Starts a draft (visible to its submitter alone) while the campaign accepts submissions.")
            .Argument<NonNullGraphType<CreateEntryInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreateEntryInput>("input");
                return await MutationRunner.RunAsync(() =>
                {
                    var command = new CreateEntryCommand(
                        GlobalId.Decode(input.CampaignId, CampaignGraphType.TypeName, "campaignId"),
                        GlobalId.Decode(input.CategoryId, CategoryGraphType.TypeName, "categoryId"),
                        input.Kind,
                        input.SubmitterKind,
                        Guid.Empty,
                        GlobalId.DecodeOptional(input.OrganizationId, OrganizationGraphType.TypeName, "organizationId"),
                        new EntryContent(
                            input.Title, input.FieldOfApplication, input.FirstAppliedOn, input.Description, input.ApplicationConditions,
                            input.ConfidentialInformation, input.Benefits, input.BenefitsByApplier, input.Investor,
                            ToAuthors(input.Authors), ToParticipants(input.TrialParticipants) ?? []));
                    return c.Service<EntryService>().CreateAsync(c.GetViewer(), command, c.CancellationToken);
                });
            });

        mutation.Field<NonNullGraphType<UpdateEntryPayloadGraphType>>("updateEntry")
            .Description("Changes a draft during the window, or a returned entry until its due date. Omitted fields stay.")
            .Argument<NonNullGraphType<UpdateEntryInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UpdateEntryInput>("input");
                return await MutationRunner.RunAsync(() =>
                {
                    var changes = new EntryChanges(
                        input.Title, input.FieldOfApplication, input.FirstAppliedOn, input.Description, input.ApplicationConditions,
                        input.ConfidentialInformation, input.Benefits, input.BenefitsByApplier, input.Investor,
                        input.Authors is null ? null : ToAuthors(input.Authors), ToParticipants(input.TrialParticipants));
                    return c.Service<EntryService>().UpdateAsync(c.GetViewer(), EntryId(input.EntryId), changes, c.CancellationToken);
                });
            });

        mutation.Field<NonNullGraphType<SubmitEntryPayloadGraphType>>("submitEntry")
            .Description("Submits while the window is open (or a returned entry before its due date) and returns the receipt.")
            .Argument<NonNullGraphType<SubmitEntryInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SubmitEntryInput>("input");
                return await MutationRunner.RunAsync(() =>
                    c.Service<EntryService>().SubmitAsync(c.GetViewer(), EntryId(input.EntryId), input.IdempotencyKey, c.CancellationToken));
            });

        mutation.Field<NonNullGraphType<WithdrawEntryPayloadGraphType>>("withdrawEntry")
            .Description("Withdraws an entry before the deadline.")
            .Argument<NonNullGraphType<WithdrawEntryInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<WithdrawEntryInput>("input");
                return await MutationRunner.RunAsync(() =>
                    c.Service<EntryService>().WithdrawAsync(c.GetViewer(), EntryId(input.EntryId), input.Reason, c.CancellationToken));
            });

        mutation.Field<NonNullGraphType<ScreenEntryPayloadGraphType>>("screenEntry")
            .Description("An organizer accepts, returns for supplement (with reason and due date) or rejects (with reason).")
            .Argument<NonNullGraphType<ScreenEntryInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ScreenEntryInput>("input");
                return await MutationRunner.RunAsync(() => c.Service<EntryService>().ScreenAsync(
                    c.GetViewer(),
                    EntryId(input.EntryId),
                    input.Decision,
                    input.Reason,
                    input.DueAt,
                    GlobalId.DecodeOptional(input.DuplicateOfEntryId, EntryGraphType.TypeName, "duplicateOfEntryId"),
                    c.CancellationToken));
            });
    }

    public static void AddAttachmentMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AddAttachmentPayloadGraphType>>("addAttachment")
            .Description("Small files through the multipart request.")
            .Argument<NonNullGraphType<AddAttachmentInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddAttachmentInput>("input");
                return await MutationRunner.RunAsync(async () =>
                {
                    var entryId = EntryId(input.EntryId);
                    var file = input.File ?? throw new ValidationException("Chưa có tệp đính kèm.", "file");
                    await using var stream = file.OpenReadStream();
                    var attachment = await c.Service<AttachmentService>().AddAsync(c.GetViewer(), entryId, file.FileName, file.Length, stream, c.CancellationToken);
                    return await ViewAsync(c, entryId, attachment.Id);
                });
            });

        mutation.Field<NonNullGraphType<RequestAttachmentUploadPayloadGraphType>>("requestAttachmentUpload")
            .Description("Large files: get a signed URL, PUT the bytes there, then complete.")
            .Argument<NonNullGraphType<RequestAttachmentUploadInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RequestAttachmentUploadInput>("input");
                return await MutationRunner.RunAsync(() => c.Service<AttachmentService>().RequestUploadAsync(
                    c.GetViewer(), EntryId(input.EntryId), input.FileName, input.ContentType, input.SizeBytes, c.CancellationToken));
            });

        mutation.Field<NonNullGraphType<CompleteAttachmentUploadPayloadGraphType>>("completeAttachmentUpload")
            .Argument<NonNullGraphType<CompleteAttachmentUploadInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CompleteAttachmentUploadInput>("input");
                return await MutationRunner.RunAsync(async () =>
                {
                    var uploadId = GlobalId.Decode(input.UploadId, RequestAttachmentUploadPayloadGraphType.UploadTypeName, "uploadId");
                    var (entryId, attachment) = await c.Service<AttachmentService>().CompleteUploadAsync(c.GetViewer(), uploadId, input.Sha256, c.CancellationToken);
                    return await ViewAsync(c, entryId, attachment.Id);
                });
            });
    }

    private static async Task<AttachmentView> ViewAsync(IResolveFieldContext context, Guid entryId, Guid attachmentId)
    {
        var entry = (await context.Service<EntryService>().GetVisibleAsync(context.GetViewer(), [entryId], context.CancellationToken))[entryId];
        return new AttachmentView(entry, entry.Attachments.Single(a => a.Id == attachmentId));
    }

    private static Guid EntryId(string value) => GlobalId.Decode(value, EntryGraphType.TypeName, "entryId");

    private static List<Author> ToAuthors(IEnumerable<AuthorInput> authors) =>
        authors.Select(a => new Author(a.FullName, a.DateOfBirth, a.Workplace, a.Position, a.Qualification, a.ContributionPercent, a.Email)).ToList();

    private static List<TrialParticipant>? ToParticipants(IEnumerable<TrialParticipantInput>? participants) =>
        participants?.Select(p => new TrialParticipant(p.FullName, p.DateOfBirth, p.Workplace, p.Position, p.Qualification, p.SupportContent, p.Email)).ToList();

    private static EntrySort ToSort(List<EntrySortInput>? order)
    {
        if (order is null or { Count: 0 })
        {
            return EntrySort.CreatedAscending;
        }

        if (order.Count > 1)
        {
            throw new ValidationException("Chỉ hỗ trợ sắp xếp theo một trường.", "order");
        }

        return (order[0].Field, order[0].Direction) switch
        {
            (EntrySortField.SubmittedAt, SortDirection.Asc) => EntrySort.SubmittedAtAscending,
            (EntrySortField.SubmittedAt, SortDirection.Desc) => EntrySort.SubmittedAtDescending,
            (EntrySortField.Title, SortDirection.Asc) => EntrySort.TitleAscending,
            (EntrySortField.Title, SortDirection.Desc) => EntrySort.TitleDescending,
            (EntrySortField.Score, SortDirection.Desc) => EntrySort.ScoreDescending,
            (EntrySortField.Score, SortDirection.Asc) => EntrySort.ScoreAscending,
            _ => throw new ValidationException("Thứ tự sắp xếp không hợp lệ.", "order"),
        };
    }
}

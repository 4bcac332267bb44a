using GraphQL.Types;
using InitiativeHub.Application.Entries;
using InitiativeHub.Domain.Entries;
using InitiativeHub.GraphQL.Campaigns;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Organizations;
using InitiativeHub.GraphQL.Relay;
using InitiativeHub.GraphQL.Scalars;

namespace InitiativeHub.GraphQL.Entries;

/// <summary>An initiative or model practice, as the viewer may see it.</summary>
public sealed class EntryGraphType : ObjectGraphType<Entry>
{
    public const string TypeName = "Entry";

    public EntryGraphType()
    {
        Name = TypeName;
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = value => value is Entry;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<CampaignGraphType>>("campaign")
            .Resolve(c => c.Service<RequestLoaders>().VisibleCampaignById(c.GetViewer()).Load(c.Source.CampaignId));
        Field<NonNullGraphType<CategoryGraphType>>("category").ResolveAsync(async c =>
        {
            var campaign = await c.Service<RequestLoaders>().VisibleCampaignById(c.GetViewer()).Load(c.Source.CampaignId).GetResultAsync(c.CancellationToken);
            return campaign?.Categories.FirstOrDefault(category => category.Id == c.Source.CategoryId);
        });
        Field<NonNullGraphType<EntryKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<SubmitterKindGraphType>>("submitterKind").Resolve(c => c.Source.SubmitterKind);
        Field<NonNullGraphType<EntryStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Content.Title);
        Field<StringGraphType>("fieldOfApplication").Resolve(c => c.Source.Content.FieldOfApplication);
        Field<CalendarDateGraphType>("firstAppliedOn").Resolve(c => c.Source.Content.FirstAppliedOn);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(c => c.Source.Content.Description);
        Field<StringGraphType>("applicationConditions").Resolve(c => c.Source.Content.ApplicationConditions);
        Field<StringGraphType>("benefits").Resolve(c => c.Source.Content.Benefits);
        Field<StringGraphType>("benefitsByApplier").Resolve(c => c.Source.Content.BenefitsByApplier);
        Field<StringGraphType>("investor").Resolve(c => c.Source.Content.Investor);
        Field<StringGraphType>("confidentialInformation")
            .Description("Only for the submitter and the campaign's organizers; null for everyone else.")
            .ResolveAsync(async c =>
                await c.Service<EntryService>().CanSeeConfidentialAsync(c.GetViewer(), c.Source, c.CancellationToken)
                    ? c.Source.Content.ConfidentialInformation
                    : null);
        Field<ListGraphType<NonNullGraphType<AuthorGraphType>>>("authors")
            .Description("Null for viewers who may not see authors (blind review).")
            .ResolveAsync(async c =>
                await c.Service<EntryService>().CanSeePartiesAsync(c.GetViewer(), c.Source, c.CancellationToken) ? c.Source.Content.Authors : null);
        Field<OrganizationGraphType>("organization")
            .Description("Null for viewers who may not see the submitting unit (blind review).")
            .ResolveAsync(async c =>
                c.Source.OrganizationId is { } id && await c.Service<EntryService>().CanSeePartiesAsync(c.GetViewer(), c.Source, c.CancellationToken)
                    ? await c.Service<RequestLoaders>().OrganizationById.Load(id).GetResultAsync(c.CancellationToken)
                    : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttachmentGraphType>>>>("attachments")
            .Description("The dossier's files; empty for the public that sees an awarded entry in the showcase.")
            .ResolveAsync(async c => await c.Service<EntryService>().CanSeeDossierAsync(c.GetViewer(), c.Source, c.CancellationToken)
                ? c.Source.Attachments.Select(a => new AttachmentView(c.Source, a)).ToList()
                : []);
        Field<ReceiptGraphType>("receipt").ResolveAsync(async c =>
            c.Source is { ReceiptNumber: { } number, SubmittedAt: { } at, ReceiptDigest: { } digest }
            && await c.Service<EntryService>().CanSeeDossierAsync(c.GetViewer(), c.Source, c.CancellationToken)
                ? new Receipt(number, at, digest)
                : null);
        Field<VietnamDateTimeGraphType>("submittedAt").Resolve(c => c.Source.SubmittedAt);
        Field<Judging.EntryResultGraphType>("result")
            .Description("The scoring result, for organizers, for judges who submitted their own sheet, and for everyone once results are public.")
            .Resolve(c => c.Service<RequestLoaders>().VisibleResultByEntryId(c.GetViewer()).Load(c.Source.Id));
        Field<StringGraphType>("screeningReason").Description("Why it was returned or rejected (not shown to the public).")
            .ResolveAsync(async c => await c.Service<EntryService>().CanSeeDossierAsync(c.GetViewer(), c.Source, c.CancellationToken) ? c.Source.ScreeningReason : null);
        Field<VietnamDateTimeGraphType>("returnDueAt").Description("When returned for supplement: the deadline to resubmit.").Resolve(c => c.Source.ReturnDueAt);
        Field<NonNullGraphType<IntGraphType>>("version").Description("How many versions have been submitted.").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntryVersionGraphType>>>>("versions")
            .Description("Every submitted version, oldest first.")
            .ResolveAsync(async c => await c.Service<EntryService>().GetVersionsAsync(c.GetViewer(), c.Source.Id, c.CancellationToken));
    }
}

using InitiativeHub.Application.Common.Results;
using InitiativeHub.Application.Directives;
using InitiativeHub.Application.Organizations;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Directives;
using InitiativeHub.Domain.Organizations;

namespace InitiativeHub.Grains.Directives;

/// <summary>
/// Single writer of one directive and its recipients' reports: the domain rules run against the stored state, and the
/// change commits with its audit record and notices before the grain answers.
/// </summary>
public sealed class DirectiveGrain(IDirectiveRepository directives, IOrganizationRepository organizations, TimeProvider clock) : Grain, IDirectiveGrain
{
    public Task<CommandResult<Guid>> IssueAsync(IssueDirectiveCommand command) =>
        CommandRunner.RunAsync(async () =>
        {
            var id = this.GetPrimaryKey();
            if (await directives.GetAsync(id, CancellationToken.None) is not null)
            {
                throw new DomainException(ErrorCodes.Conflict, "Văn bản này đã được ban hành.");
            }

            var issuer = await organizations.GetAsync(command.IssuerId, CancellationToken.None)
                ?? throw new NotFoundException("Không tìm thấy cơ quan ban hành.", "issuerId");
            var recipients = new List<Organization>();
            foreach (var recipientId in command.RecipientIds)
            {
                recipients.Add(await organizations.GetAsync(recipientId, CancellationToken.None)
                    ?? throw new NotFoundException("Không tìm thấy nơi nhận.", "recipientIds"));
            }

            var now = clock.GetUtcNow();
            var directive = Directive.Issue(id, command.Draft, issuer, recipients, command.ActorId, now);
            var reports = recipients.Select(r => UnitReport.Open(Guid.CreateVersion7(), directive, r, now)).ToList();
            var reporters = await directives.GetReportersAsync(directive.RecipientIds, CancellationToken.None);
            var notices = recipients
                .SelectMany(r => reporters.GetValueOrDefault(r.Id, []).Select(user => DirectiveNotices.Received(user, directive, r.Name)))
                .ToList();
            await directives.AddAsync(directive, reports, notices, command.ActorId, CancellationToken.None);
            return directive.Id;
        });

    public Task<CommandResult<Guid>> SaveReportAsync(SaveUnitReportCommand command) =>
        CommandRunner.RunAsync(async () =>
        {
            var directive = await directives.GetAsync(this.GetPrimaryKey(), CancellationToken.None)
                ?? throw new NotFoundException("Không tìm thấy văn bản chỉ đạo.", "directiveId");
            var report = await directives.GetReportAsync(directive.Id, command.OrganizationId, CancellationToken.None)
                ?? throw new DomainException(DirectiveErrorCodes.NotARecipient, "Tổ chức này không nhận văn bản chỉ đạo này.", "organizationId");
            var now = clock.GetUtcNow();
            if (!command.Submit)
            {
                report.SaveDraft(command.Activities, command.Narrative, now);
                await directives.SaveReportAsync(report, "report-draft-saved", [], command.ActorId, CancellationToken.None);
                return report.Id;
            }

            var unitActivities = await directives.GetUnitActivitiesAsync(directive.Id, report.OrganizationId, CancellationToken.None);
            report.Submit(command.Activities, command.Narrative, unitActivities, directive.ReportDueAt, command.ActorId, now);
            var issuers = await directives.GetReportersAsync([directive.IssuerId], CancellationToken.None);
            var notices = issuers.GetValueOrDefault(directive.IssuerId, []).Select(user => DirectiveNotices.ReportSubmitted(user, directive, report)).ToList();
            await directives.SaveReportAsync(report, report.Status == UnitReportStatus.Late ? "report-submitted-late" : "report-submitted", notices, command.ActorId, CancellationToken.None);
            return report.Id;
        });
}

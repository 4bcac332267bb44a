using InitiativeHub.Domain.Directives;
using InitiativeHub.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InitiativeHub.Infrastructure.Data.Configurations;

public sealed class PlanTaskEntityTypeConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> builder)
    {
        builder.ToTable("plan_tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.AssigneeName).HasMaxLength(Organization.MaxNameLength).IsRequired();
        builder.Property(t => t.Title).HasMaxLength(PlanTask.MaxTitleLength).IsRequired();
        builder.Property(t => t.Description).HasMaxLength(PlanTask.MaxTextLength);
        builder.Property(t => t.ProgressNote).HasMaxLength(PlanTask.MaxTextLength);
        builder.Property(t => t.Activities).HasJsonConversion().IsRequired();
        builder.Property(t => t.SortKey).HasMaxLength(64).IsRequired();
        builder.HasIndex(t => new { t.AssigneeId, t.SortKey });
        builder.HasIndex(t => new { t.PlanId, t.SortKey });
        builder.HasIndex(t => new { t.DirectiveId, t.OrganizationId });
        builder.HasOne<Plan>().WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(t => t.AssigneeId).OnDelete(DeleteBehavior.Restrict);
    }
}

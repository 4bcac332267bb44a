using InitiativeHub.Domain.Directives;
using InitiativeHub.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InitiativeHub.Infrastructure.Data.Configurations;

public sealed class PlanEntityTypeConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.ToTable("plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Number).HasMaxLength(Plan.MaxNumberLength).IsRequired();
        builder.Property(p => p.Title).HasMaxLength(Plan.MaxTitleLength).IsRequired();
        builder.Property(p => p.OrganizationName).HasMaxLength(Organization.MaxNameLength).IsRequired();
        builder.Property(p => p.Themes).HasJsonConversion().IsRequired();
        builder.Property(p => p.Slogans).HasJsonConversion().IsRequired();
        builder.Property(p => p.CampaignIds).HasJsonConversion().IsRequired();
        builder.Property(p => p.SortKey).HasMaxLength(64).IsRequired();
        builder.HasIndex(p => new { p.OrganizationId, p.SortKey });
        builder.HasIndex(p => p.DirectiveId);
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Directive>().WithMany().HasForeignKey(p => p.DirectiveId).OnDelete(DeleteBehavior.Restrict);
    }
}

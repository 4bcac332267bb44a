using InitiativeHub.Domain.Directives;
using InitiativeHub.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InitiativeHub.Infrastructure.Data.Configurations;

public sealed class UnitReportEntityTypeConfiguration : IEntityTypeConfiguration<UnitReport>
{
    public void Configure(EntityTypeBuilder<UnitReport> builder)
    {
        builder.ToTable("unit_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.OrganizationName).HasMaxLength(Organization.MaxNameLength).IsRequired();
        builder.Property(r => r.Activities).HasJsonConversion().IsRequired();
        builder.Property(r => r.UnitActivities).HasJsonConversion().IsRequired();
        builder.Property(r => r.SortKey).HasMaxLength(512).IsRequired();
        builder.Ignore(r => r.IsSubmitted);
        builder.Ignore(r => r.TotalActivities);
        builder.HasIndex(r => new { r.DirectiveId, r.OrganizationId }).IsUnique();
        builder.HasIndex(r => r.OrganizationId);
        builder.HasOne<Directive>().WithMany().HasForeignKey(r => r.DirectiveId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

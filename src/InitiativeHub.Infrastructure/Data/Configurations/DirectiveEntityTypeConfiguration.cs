using InitiativeHub.Domain.Directives;
using InitiativeHub.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InitiativeHub.Infrastructure.Data.Configurations;

public sealed class DirectiveEntityTypeConfiguration : IEntityTypeConfiguration<Directive>
{
    public void Configure(EntityTypeBuilder<Directive> builder)
    {
        builder.ToTable("directives");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Code).HasMaxLength(Directive.MaxCodeLength).IsRequired();
        builder.Property(d => d.Title).HasMaxLength(Directive.MaxTitleLength).IsRequired();
        builder.Property(d => d.IssuerName).HasMaxLength(Organization.MaxNameLength).IsRequired();
        builder.Property(d => d.LegalBasis).HasJsonConversion().IsRequired();
        builder.Property(d => d.RecipientIds).HasJsonConversion().IsRequired();
        builder.Property(d => d.SortKey).HasMaxLength(64).IsRequired();
        builder.HasIndex(d => new { d.IssuerId, d.SortKey });
        builder.HasIndex(d => d.SortKey);
        builder.HasIndex(d => d.ReportDueAt);
        builder.HasOne<Organization>().WithMany().HasForeignKey(d => d.IssuerId).OnDelete(DeleteBehavior.Restrict);
    }
}

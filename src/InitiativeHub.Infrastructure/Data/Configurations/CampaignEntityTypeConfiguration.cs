using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InitiativeHub.Infrastructure.Data.Configurations;

public sealed class CampaignEntityTypeConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("campaigns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Code).HasMaxLength(64);
        builder.Property(c => c.Title).HasMaxLength(300).IsRequired();
        builder.Property(c => c.Themes).HasJsonConversion();
        builder.Property(c => c.Slogans).HasJsonConversion();
        builder.Property(c => c.LegalBasis).HasJsonConversion();
        builder.Property(c => c.Categories).HasJsonConversion();
        builder.Property(c => c.Rubric).HasJsonConversion();
        builder.Property(c => c.AwardTiers).HasJsonConversion();
        builder.Property(c => c.AllowedAttachmentTypes).HasJsonConversion();
        builder.Property(c => c.SearchKey).HasMaxLength(2048).IsRequired();
        builder.Property(c => c.SortKey).HasMaxLength(64).IsRequired();
        builder.Ignore(c => c.Permissions);
        builder.Ignore(c => c.NextPhases);
        builder.HasIndex(c => c.SortKey).IsUnique();
        builder.HasIndex(c => new { c.OrganizerId, c.Phase });
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizerId).OnDelete(DeleteBehavior.Restrict);
    }
}

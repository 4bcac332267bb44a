using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InitiativeHub.Infrastructure.Data.Configurations;

public sealed class PanelEntityTypeConfiguration : IEntityTypeConfiguration<Panel>
{
    public void Configure(EntityTypeBuilder<Panel> builder)
    {
        builder.ToTable("panels");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.CategoryIds).HasJsonConversion().IsRequired();
        builder.Property(p => p.Members).HasJsonConversion().IsRequired();
        builder.Ignore(p => p.CoversAllCategories);
        builder.Ignore(p => p.Chair);
        builder.Ignore(p => p.ScoringMemberIds);
        builder.HasIndex(p => p.CampaignId);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Restrict);
    }
}

using InitiativeHub.Application.Judging;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InitiativeHub.Infrastructure.Data.Configurations;

public sealed class PanelVoteRecordEntityTypeConfiguration : IEntityTypeConfiguration<PanelVoteRecord>
{
    public void Configure(EntityTypeBuilder<PanelVoteRecord> builder)
    {
        builder.ToTable("panel_votes");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Subject).HasMaxLength(PanelVote.MaxSubjectLength).IsRequired();
        builder.Property(v => v.EntryIds).HasJsonConversion().IsRequired();
        builder.Property(v => v.MemberIds).HasJsonConversion().IsRequired();
        builder.Property(v => v.PresentIds).HasJsonConversion().IsRequired();
        builder.Property(v => v.VotedIds).HasJsonConversion().IsRequired();
        builder.Property(v => v.Ballots).HasJsonConversion();
        builder.HasIndex(v => v.PanelId);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(v => v.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Panel>().WithMany().HasForeignKey(v => v.PanelId).OnDelete(DeleteBehavior.Restrict);
    }
}

using InitiativeHub.Domain.Awards;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Entries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InitiativeHub.Infrastructure.Data.Configurations;

public sealed class AwardEntityTypeConfiguration : IEntityTypeConfiguration<Award>
{
    public void Configure(EntityTypeBuilder<Award> builder)
    {
        builder.ToTable("awards");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.DecisionNumber).HasMaxLength(DecisionNumber.MaxLength);
        builder.Property(a => a.Reason).HasMaxLength(Award.MaxReasonLength);
        builder.Property(a => a.SortKey).HasMaxLength(64).IsRequired();
        builder.HasIndex(a => new { a.CampaignId, a.SortKey });
        builder.HasIndex(a => new { a.EntryId, a.Status });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(a => a.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Entry>().WithMany().HasForeignKey(a => a.EntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

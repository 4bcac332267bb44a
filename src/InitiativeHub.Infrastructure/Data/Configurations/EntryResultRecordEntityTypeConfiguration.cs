using InitiativeHub.Application.Judging;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Entries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InitiativeHub.Infrastructure.Data.Configurations;

public sealed class EntryResultRecordEntityTypeConfiguration : IEntityTypeConfiguration<EntryResultRecord>
{
    public void Configure(EntityTypeBuilder<EntryResultRecord> builder)
    {
        builder.ToTable("entry_results");
        builder.HasKey(r => r.EntryId);
        builder.Property(r => r.DecidingCriterion).HasMaxLength(64);
        builder.Property(r => r.NormalizationMethod).HasMaxLength(200).IsRequired();
        builder.Property(r => r.ScoreSortKey).HasMaxLength(64).IsRequired();
        builder.HasIndex(r => new { r.CampaignId, r.ScoreSortKey });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Entry>().WithOne().HasForeignKey<EntryResultRecord>(r => r.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

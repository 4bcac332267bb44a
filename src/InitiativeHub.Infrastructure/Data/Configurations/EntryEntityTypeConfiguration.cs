using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Entries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InitiativeHub.Infrastructure.Data.Configurations;

public sealed class EntryEntityTypeConfiguration : IEntityTypeConfiguration<Entry>
{
    public void Configure(EntityTypeBuilder<Entry> builder)
    {
        builder.ToTable("entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Content).HasJsonConversion().IsRequired();
        builder.Property(e => e.Attachments).HasJsonConversion().IsRequired();
        builder.Property(e => e.ReceiptNumber).HasMaxLength(64);
        builder.Property(e => e.ScreeningReason).HasMaxLength(4000);
        builder.Property(e => e.SearchKey).IsRequired();
        builder.Property(e => e.SortKey).HasMaxLength(64).IsRequired();
        builder.Property(e => e.TitleSortKey).HasMaxLength(400).IsRequired();
        builder.Property(e => e.SubmittedSortKey).HasMaxLength(64).IsRequired();
        builder.HasIndex(e => new { e.CampaignId, e.SortKey });
        builder.HasIndex(e => new { e.CampaignId, e.SubmittedSortKey });
        builder.HasIndex(e => new { e.CampaignId, e.TitleSortKey });
        builder.HasIndex(e => new { e.SubmitterId, e.CampaignId });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Restrict);
    }
}

using InitiativeHub.Application.Judging;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Domain.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InitiativeHub.Infrastructure.Data.Configurations;

public sealed class AssignmentRecordEntityTypeConfiguration : IEntityTypeConfiguration<AssignmentRecord>
{
    public void Configure(EntityTypeBuilder<AssignmentRecord> builder)
    {
        builder.ToTable("assignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ConflictNote).HasMaxLength(ConflictOfInterest.MaxReasonLength);
        builder.Property(a => a.SortKey).HasMaxLength(64).IsRequired();
        builder.HasIndex(a => new { a.EntryId, a.JudgeId }).IsUnique();
        builder.HasIndex(a => new { a.JudgeId, a.SortKey });
        builder.HasIndex(a => new { a.CampaignId, a.PanelId });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(a => a.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Panel>().WithMany().HasForeignKey(a => a.PanelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Entry>().WithMany().HasForeignKey(a => a.EntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

using InitiativeHub.Domain.Entries;
using InitiativeHub.Domain.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InitiativeHub.Infrastructure.Data.Configurations;

public sealed class ScoreSheetEntityTypeConfiguration : IEntityTypeConfiguration<ScoreSheet>
{
    public void Configure(EntityTypeBuilder<ScoreSheet> builder)
    {
        builder.ToTable("score_sheets");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Scores).HasJsonConversion().IsRequired();
        builder.Property(s => s.Reopenings).HasJsonConversion().IsRequired();
        builder.Property(s => s.Comment).HasMaxLength(ScoreSheet.MaxCommentLength);
        builder.HasIndex(s => new { s.EntryId, s.JudgeId }).IsUnique();
        builder.HasIndex(s => s.PanelId);
        builder.HasOne<Entry>().WithMany().HasForeignKey(s => s.EntryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Panel>().WithMany().HasForeignKey(s => s.PanelId).OnDelete(DeleteBehavior.Restrict);
    }
}

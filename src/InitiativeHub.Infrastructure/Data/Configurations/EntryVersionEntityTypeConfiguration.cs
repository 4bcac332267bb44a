using InitiativeHub.Domain.Entries;
using InitiativeHub.Infrastructure.Entries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InitiativeHub.Infrastructure.Data.Configurations;

public sealed class EntryVersionEntityTypeConfiguration : IEntityTypeConfiguration<EntryVersionEntity>
{
    public void Configure(EntityTypeBuilder<EntryVersionEntity> builder)
    {
        builder.ToTable("entry_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.ReceiptNumber).HasMaxLength(64).IsRequired();
        builder.Property(v => v.Digest).HasMaxLength(64).IsRequired();
        builder.Property(v => v.IdempotencyKey).HasMaxLength(200);
        builder.HasIndex(v => v.ReceiptNumber).IsUnique();
        builder.HasIndex(v => new { v.CampaignId, v.ReceiptSequence }).IsUnique();
        builder.HasIndex(v => new { v.EntryId, v.Version }).IsUnique();
        builder.HasIndex(v => new { v.EntryId, v.IdempotencyKey }).IsUnique();
        builder.HasOne<Entry>().WithMany().HasForeignKey(v => v.EntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

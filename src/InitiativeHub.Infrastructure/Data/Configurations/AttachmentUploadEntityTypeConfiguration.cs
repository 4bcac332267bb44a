using InitiativeHub.Domain.Entries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InitiativeHub.Infrastructure.Data.Configurations;

public sealed class AttachmentUploadEntityTypeConfiguration : IEntityTypeConfiguration<AttachmentUpload>
{
    public void Configure(EntityTypeBuilder<AttachmentUpload> builder)
    {
        builder.ToTable("attachment_uploads");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.FileName).HasMaxLength(256).IsRequired();
        builder.Property(u => u.DeclaredContentType).HasMaxLength(200).IsRequired();
        builder.Property(u => u.StorageKey).HasMaxLength(512).IsRequired();
        builder.HasIndex(u => new { u.CompletedAt, u.ExpiresAt });
        builder.HasOne<Entry>().WithMany().HasForeignKey(u => u.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

using InitiativeHub.Domain.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InitiativeHub.Infrastructure.Data.Configurations;

public sealed class ExportJobEntityTypeConfiguration : IEntityTypeConfiguration<ExportJob>
{
    public void Configure(EntityTypeBuilder<ExportJob> builder)
    {
        builder.ToTable("export_jobs");
        builder.HasKey(j => j.Id);
        builder.Ignore(j => j.IsFinished);
        builder.Property(j => j.StorageKey).HasMaxLength(512);
        builder.Property(j => j.FileName).HasMaxLength(260);
        builder.Property(j => j.Error).HasMaxLength(ExportJob.MaxErrorLength);
        builder.HasIndex(j => new { j.CampaignId, j.CreatedAt });
        builder.HasIndex(j => j.Status);
    }
}

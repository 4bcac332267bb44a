using InitiativeHub.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InitiativeHub.Infrastructure.Data.Configurations;

public sealed class OrganizationEntityTypeConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ToTable("organizations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Name).HasMaxLength(Organization.MaxNameLength).IsRequired();
        builder.Property(o => o.Code).HasMaxLength(Organization.MaxCodeLength);
        builder.Property(o => o.Path).HasMaxLength(1024).IsRequired();
        builder.Property(o => o.SearchKey).HasMaxLength(512).IsRequired();
        builder.Property(o => o.SortKey).HasMaxLength(512).IsRequired();
        builder.Ignore(o => o.PathValue);
        builder.HasIndex(o => o.Path).IsUnique();
        builder.HasIndex(o => o.SortKey).IsUnique();
        builder.HasIndex(o => new { o.ParentId, o.SortKey });
        builder.HasIndex(o => o.Code);
        builder.HasOne<Organization>().WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

using InitiativeHub.Domain.Organizations;
using InitiativeHub.Infrastructure.Identity;
using InitiativeHub.Infrastructure.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InitiativeHub.Infrastructure.Data.Configurations;

public sealed class RoleGrantRecordEntityTypeConfiguration : IEntityTypeConfiguration<RoleGrantRecord>
{
    public void Configure(EntityTypeBuilder<RoleGrantRecord> builder)
    {
        builder.ToTable("role_grants");
        builder.HasKey(g => g.Id);
        builder.HasIndex(g => new { g.UserId, g.Role, g.OrganizationId }).IsUnique();
        builder.HasIndex(g => g.OrganizationId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(g => g.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

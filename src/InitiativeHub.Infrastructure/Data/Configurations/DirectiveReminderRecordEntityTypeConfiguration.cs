using InitiativeHub.Domain.Directives;
using InitiativeHub.Infrastructure.Directives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InitiativeHub.Infrastructure.Data.Configurations;

public sealed class DirectiveReminderRecordEntityTypeConfiguration : IEntityTypeConfiguration<DirectiveReminderRecord>
{
    public void Configure(EntityTypeBuilder<DirectiveReminderRecord> builder)
    {
        builder.ToTable("directive_reminders");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.ReportId, r.Step }).IsUnique();
        builder.HasOne<UnitReport>().WithMany().HasForeignKey(r => r.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

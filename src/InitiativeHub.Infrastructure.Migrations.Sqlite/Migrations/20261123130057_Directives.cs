using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InitiativeHub.Infrastructure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Directives : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "MergedAt",
                table: "organizations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SuccessorId",
                table: "organizations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "directives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IssuerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuerName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReportDueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", nullable: false),
                    RequestedContent = table.Column<string>(type: "TEXT", nullable: true),
                    RecipientIds = table.Column<string>(type: "TEXT", nullable: false),
                    IssuedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SortKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directives_organizations_IssuerId",
                        column: x => x.IssuerId,
                        principalTable: "organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DirectiveId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Themes = table.Column<string>(type: "TEXT", nullable: false),
                    Slogans = table.Column<string>(type: "TEXT", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CampaignIds = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SortKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_directives_DirectiveId",
                        column: x => x.DirectiveId,
                        principalTable: "directives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plans_organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "unit_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DirectiveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Activities = table.Column<string>(type: "TEXT", nullable: false),
                    UnitActivities = table.Column<string>(type: "TEXT", nullable: false),
                    Narrative = table.Column<string>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SubmittedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SortKey = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_unit_reports_directives_DirectiveId",
                        column: x => x.DirectiveId,
                        principalTable: "directives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_unit_reports_organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DirectiveId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssigneeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProgressNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Activities = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    SortKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_tasks_organizations_AssigneeId",
                        column: x => x.AssigneeId,
                        principalTable: "organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plan_tasks_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "directive_reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DirectiveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directive_reminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directive_reminders_unit_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "unit_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_directive_reminders_ReportId_Step",
                table: "directive_reminders",
                columns: new[] { "ReportId", "Step" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_directives_IssuerId_SortKey",
                table: "directives",
                columns: new[] { "IssuerId", "SortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_directives_ReportDueAt",
                table: "directives",
                column: "ReportDueAt");

            migrationBuilder.CreateIndex(
                name: "IX_directives_SortKey",
                table: "directives",
                column: "SortKey");

            migrationBuilder.CreateIndex(
                name: "IX_plan_tasks_AssigneeId_SortKey",
                table: "plan_tasks",
                columns: new[] { "AssigneeId", "SortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_plan_tasks_DirectiveId_OrganizationId",
                table: "plan_tasks",
                columns: new[] { "DirectiveId", "OrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_plan_tasks_PlanId_SortKey",
                table: "plan_tasks",
                columns: new[] { "PlanId", "SortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_plans_DirectiveId",
                table: "plans",
                column: "DirectiveId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_OrganizationId_SortKey",
                table: "plans",
                columns: new[] { "OrganizationId", "SortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_unit_reports_DirectiveId_OrganizationId",
                table: "unit_reports",
                columns: new[] { "DirectiveId", "OrganizationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_unit_reports_OrganizationId",
                table: "unit_reports",
                column: "OrganizationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "directive_reminders");

            migrationBuilder.DropTable(
                name: "plan_tasks");

            migrationBuilder.DropTable(
                name: "unit_reports");

            migrationBuilder.DropTable(
                name: "plans");

            migrationBuilder.DropTable(
                name: "directives");

            migrationBuilder.DropColumn(
                name: "MergedAt",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "SuccessorId",
                table: "organizations");
        }
    }
}

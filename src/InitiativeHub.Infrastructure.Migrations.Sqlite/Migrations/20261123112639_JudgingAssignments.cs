using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InitiativeHub.Infrastructure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class JudgingAssignments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PanelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JudgeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    JudgesPerEntry = table.Column<int>(type: "INTEGER", nullable: false),
                    ConflictNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SortKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assignments_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_assignments_entries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_assignments_panels_PanelId",
                        column: x => x.PanelId,
                        principalTable: "panels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assignments_CampaignId_PanelId",
                table: "assignments",
                columns: new[] { "CampaignId", "PanelId" });

            migrationBuilder.CreateIndex(
                name: "IX_assignments_EntryId_JudgeId",
                table: "assignments",
                columns: new[] { "EntryId", "JudgeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assignments_JudgeId_SortKey",
                table: "assignments",
                columns: new[] { "JudgeId", "SortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_assignments_PanelId",
                table: "assignments",
                column: "PanelId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assignments");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InitiativeHub.Infrastructure.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class JudgingResults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "entry_results",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JudgeCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RawScore = table.Column<decimal>(type: "TEXT", nullable: true),
                    NormalizedScore = table.Column<decimal>(type: "TEXT", nullable: true),
                    Spread = table.Column<decimal>(type: "TEXT", nullable: true),
                    Disagreement = table.Column<bool>(type: "INTEGER", nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    TierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecidingCriterion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NormalizationMethod = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ScoreSortKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_entry_results", x => x.EntryId);
                    table.ForeignKey(
                        name: "FK_entry_results_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_entry_results_entries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_entry_results_CampaignId_ScoreSortKey",
                table: "entry_results",
                columns: new[] { "CampaignId", "ScoreSortKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "entry_results");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InitiativeHub.Infrastructure.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class JudgingResultsAndVotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "entry_results",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    CategoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    JudgeCount = table.Column<int>(type: "integer", nullable: false),
                    RawScore = table.Column<decimal>(type: "numeric", nullable: true),
                    NormalizedScore = table.Column<decimal>(type: "numeric", nullable: true),
                    Spread = table.Column<decimal>(type: "numeric", nullable: true),
                    Disagreement = table.Column<bool>(type: "boolean", nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: true),
                    TierId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DecidingCriterion = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    NormalizationMethod = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ScoreSortKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C")
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

            migrationBuilder.CreateTable(
                name: "panel_votes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    PanelId = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EntryIds = table.Column<string>(type: "text", nullable: false),
                    ThresholdNumerator = table.Column<int>(type: "integer", nullable: false),
                    ThresholdDenominator = table.Column<int>(type: "integer", nullable: false),
                    MemberIds = table.Column<string>(type: "text", nullable: false),
                    PresentIds = table.Column<string>(type: "text", nullable: false),
                    VotedIds = table.Column<string>(type: "text", nullable: false),
                    Ballots = table.Column<string>(type: "text", nullable: true),
                    Yes = table.Column<int>(type: "integer", nullable: false),
                    No = table.Column<int>(type: "integer", nullable: false),
                    Abstain = table.Column<int>(type: "integer", nullable: false),
                    RequiredYes = table.Column<int>(type: "integer", nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false),
                    HeldAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_panel_votes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_panel_votes_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_panel_votes_panels_PanelId",
                        column: x => x.PanelId,
                        principalTable: "panels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_entry_results_CampaignId_ScoreSortKey",
                table: "entry_results",
                columns: new[] { "CampaignId", "ScoreSortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_panel_votes_CampaignId",
                table: "panel_votes",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_panel_votes_PanelId",
                table: "panel_votes",
                column: "PanelId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "entry_results");

            migrationBuilder.DropTable(
                name: "panel_votes");
        }
    }
}

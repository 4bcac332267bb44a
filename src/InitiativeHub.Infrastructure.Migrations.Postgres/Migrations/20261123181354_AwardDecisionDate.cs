using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InitiativeHub.Infrastructure.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AwardDecisionDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DecisionDate",
                table: "awards",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DecisionDate",
                table: "awards");
        }
    }
}

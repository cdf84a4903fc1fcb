using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RahZendegi.Domain.Data.Migrations
{
    /// <inheritdoc />
    public partial class Workshops : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Workshops",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Published");

            migrationBuilder.CreateTable(
                name: "WorkshopRegistrations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkshopId = table.Column<int>(type: "INTEGER", nullable: false),
                    BotName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<long>(type: "INTEGER", nullable: false),
                    ChatId = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Seat = table.Column<int>(type: "INTEGER", nullable: true),
                    BaseRials = table.Column<long>(type: "INTEGER", nullable: false),
                    DiscountRials = table.Column<long>(type: "INTEGER", nullable: false),
                    ToPayRials = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OfferExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReminderQueuedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopRegistrations", x => x.Id);
                    table.CheckConstraint("CK_WorkshopRegistration_Seat", "(\"Status\" IN ('Confirmed', 'Offered', 'Attended', 'NoShow') AND \"Seat\" IS NOT NULL AND \"Seat\" >= 1) OR (NOT \"Status\" IN ('Confirmed', 'Offered', 'Attended', 'NoShow') AND \"Seat\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_WorkshopRegistrations_Workshops_WorkshopId",
                        column: x => x.WorkshopId,
                        principalTable: "Workshops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkshopSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkshopId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkshopSessions_Workshops_WorkshopId",
                        column: x => x.WorkshopId,
                        principalTable: "Workshops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddCheckConstraint(
                name: "CK_Workshop_Capacity",
                table: "Workshops",
                sql: "\"Capacity\" >= 0");

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopRegistrations_BotName_UserId",
                table: "WorkshopRegistrations",
                columns: new[] { "BotName", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopRegistrations_Status_OfferExpiresAt",
                table: "WorkshopRegistrations",
                columns: new[] { "Status", "OfferExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopRegistrations_WorkshopId_BotName_UserId",
                table: "WorkshopRegistrations",
                columns: new[] { "WorkshopId", "BotName", "UserId" },
                unique: true,
                filter: "\"Status\" IN ('Confirmed', 'Waiting', 'Offered')");

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopRegistrations_WorkshopId_Seat",
                table: "WorkshopRegistrations",
                columns: new[] { "WorkshopId", "Seat" },
                unique: true,
                filter: "\"Status\" IN ('Confirmed', 'Offered', 'Attended', 'NoShow')");

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopSessions_WorkshopId_StartsAt",
                table: "WorkshopSessions",
                columns: new[] { "WorkshopId", "StartsAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WorkshopRegistrations");

            migrationBuilder.DropTable(
                name: "WorkshopSessions");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Workshop_Capacity",
                table: "Workshops");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Workshops");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RahZendegi.Domain.Data.Migrations
{
    /// <inheritdoc />
    public partial class Counseling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Bookings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrackingCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    BotName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<long>(type: "INTEGER", nullable: false),
                    ChatId = table.Column<long>(type: "INTEGER", nullable: false),
                    CounselorId = table.Column<int>(type: "INTEGER", nullable: false),
                    LibraryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    BaseRials = table.Column<long>(type: "INTEGER", nullable: false),
                    DiscountRials = table.Column<long>(type: "INTEGER", nullable: false),
                    ToPayRials = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ComingConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DayReminderQueuedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HourReminderQueuedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HeldUntil = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bookings_Counselors_CounselorId",
                        column: x => x.CounselorId,
                        principalTable: "Counselors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bookings_Libraries_LibraryId",
                        column: x => x.LibraryId,
                        principalTable: "Libraries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CounselorLeaves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CounselorId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounselorLeaves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CounselorLeaves_Counselors_CounselorId",
                        column: x => x.CounselorId,
                        principalTable: "Counselors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LibraryClosures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LibraryId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryClosures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibraryClosures_Libraries_LibraryId",
                        column: x => x.LibraryId,
                        principalTable: "Libraries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NoShowApprovals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BotName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<long>(type: "INTEGER", nullable: false),
                    GrantedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoShowApprovals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OfficialHolidays",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficialHolidays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SlotWatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BotName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<long>(type: "INTEGER", nullable: false),
                    ChatId = table.Column<long>(type: "INTEGER", nullable: false),
                    LibraryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CounselorId = table.Column<int>(type: "INTEGER", nullable: true),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OfferedBookingId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlotWatches", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_BotName_UserId_StartsAt",
                table: "Bookings",
                columns: new[] { "BotName", "UserId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_CounselorId_StartsAt",
                table: "Bookings",
                columns: new[] { "CounselorId", "StartsAt" },
                unique: true,
                filter: "\"Status\" IN ('Confirmed', 'Attended', 'NoShow', 'Held')");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_LibraryId",
                table: "Bookings",
                column: "LibraryId");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_Status_StartsAt",
                table: "Bookings",
                columns: new[] { "Status", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_TrackingCode",
                table: "Bookings",
                column: "TrackingCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CounselorLeaves_CounselorId_EndsAt",
                table: "CounselorLeaves",
                columns: new[] { "CounselorId", "EndsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryClosures_LibraryId_EndsAt",
                table: "LibraryClosures",
                columns: new[] { "LibraryId", "EndsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_NoShowApprovals_BotName_UserId_GrantedAt",
                table: "NoShowApprovals",
                columns: new[] { "BotName", "UserId", "GrantedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OfficialHolidays_Date",
                table: "OfficialHolidays",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SlotWatches_Status_CreatedAt",
                table: "SlotWatches",
                columns: new[] { "Status", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Bookings");

            migrationBuilder.DropTable(
                name: "CounselorLeaves");

            migrationBuilder.DropTable(
                name: "LibraryClosures");

            migrationBuilder.DropTable(
                name: "NoShowApprovals");

            migrationBuilder.DropTable(
                name: "OfficialHolidays");

            migrationBuilder.DropTable(
                name: "SlotWatches");
        }
    }
}

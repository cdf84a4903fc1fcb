using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RahZendegi.Domain.Data.Migrations
{
    /// <inheritdoc />
    public partial class Payments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Payments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    For = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: true),
                    BookingId = table.Column<int>(type: "INTEGER", nullable: true),
                    WorkshopRegistrationId = table.Column<int>(type: "INTEGER", nullable: true),
                    LibraryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ServiceAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ListRials = table.Column<long>(type: "INTEGER", nullable: false),
                    DueRials = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ReceiptNumber = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    SettledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SettledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    BotName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ChatId = table.Column<long>(type: "INTEGER", nullable: true),
                    ProviderChargeId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payments", x => x.Id);
                    table.CheckConstraint("CK_Payment_Amounts", "\"DueRials\" >= 0 AND \"DueRials\" <= \"ListRials\"");
                    table.CheckConstraint("CK_Payment_Subject", "(\"For\" = 'Membership' AND \"MemberId\" IS NOT NULL AND \"BookingId\" IS NULL AND \"WorkshopRegistrationId\" IS NULL) OR (\"For\" = 'Booking' AND \"BookingId\" IS NOT NULL AND \"WorkshopRegistrationId\" IS NULL) OR (\"For\" = 'WorkshopSeat' AND \"WorkshopRegistrationId\" IS NOT NULL AND \"BookingId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_Payments_Bookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "Bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Payments_Libraries_LibraryId",
                        column: x => x.LibraryId,
                        principalTable: "Libraries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Payments_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Payments_WorkshopRegistrations_WorkshopRegistrationId",
                        column: x => x.WorkshopRegistrationId,
                        principalTable: "WorkshopRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PaymentEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PaymentId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DueRials = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentEvents_Payments_PaymentId",
                        column: x => x.PaymentId,
                        principalTable: "Payments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentEvents_PaymentId",
                table: "PaymentEvents",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_BookingId",
                table: "Payments",
                column: "BookingId",
                unique: true,
                filter: "\"BookingId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_LibraryId_SettledAt",
                table: "Payments",
                columns: new[] { "LibraryId", "SettledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Payments_MemberId",
                table: "Payments",
                column: "MemberId",
                unique: true,
                filter: "\"For\" = 'Membership'");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_ProviderChargeId",
                table: "Payments",
                column: "ProviderChargeId",
                unique: true,
                filter: "\"ProviderChargeId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_ReceiptNumber",
                table: "Payments",
                column: "ReceiptNumber",
                unique: true,
                filter: "\"ReceiptNumber\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_ServiceAt",
                table: "Payments",
                column: "ServiceAt");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_WorkshopRegistrationId",
                table: "Payments",
                column: "WorkshopRegistrationId",
                unique: true,
                filter: "\"WorkshopRegistrationId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PaymentEvents");

            migrationBuilder.DropTable(
                name: "Payments");
        }
    }
}

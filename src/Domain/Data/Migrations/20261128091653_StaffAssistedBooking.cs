using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RahZendegi.Domain.Data.Migrations
{
    /// <inheritdoc />
    public partial class StaffAssistedBooking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "UserId",
                table: "WorkshopRegistrations",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<long>(
                name: "ChatId",
                table: "WorkshopRegistrations",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<string>(
                name: "BotName",
                table: "WorkshopRegistrations",
                type: "TEXT",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64);

            migrationBuilder.AddColumn<int>(
                name: "MemberId",
                table: "WorkshopRegistrations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegisteredBy",
                table: "WorkshopRegistrations",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "UserId",
                table: "Members",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<long>(
                name: "ChatId",
                table: "Members",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<string>(
                name: "BotName",
                table: "Members",
                type: "TEXT",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<long>(
                name: "UserId",
                table: "Bookings",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<long>(
                name: "ChatId",
                table: "Bookings",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<string>(
                name: "BotName",
                table: "Bookings",
                type: "TEXT",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64);

            migrationBuilder.AddColumn<string>(
                name: "BookedBy",
                table: "Bookings",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MemberId",
                table: "Bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopRegistrations_MemberId",
                table: "WorkshopRegistrations",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopRegistrations_WorkshopId_MemberId",
                table: "WorkshopRegistrations",
                columns: new[] { "WorkshopId", "MemberId" },
                unique: true,
                filter: "\"Status\" IN ('Confirmed', 'Waiting', 'Offered') AND \"MemberId\" IS NOT NULL");

            migrationBuilder.AddCheckConstraint(
                name: "CK_WorkshopRegistration_Owner",
                table: "WorkshopRegistrations",
                sql: "(\"BotName\" IS NOT NULL AND \"UserId\" IS NOT NULL AND \"ChatId\" IS NOT NULL) OR (\"BotName\" IS NULL AND \"UserId\" IS NULL AND \"ChatId\" IS NULL AND \"MemberId\" IS NOT NULL)");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Member_Messenger",
                table: "Members",
                sql: "(\"BotName\" IS NULL AND \"UserId\" IS NULL AND \"ChatId\" IS NULL) OR (\"BotName\" IS NOT NULL AND \"UserId\" IS NOT NULL AND \"ChatId\" IS NOT NULL)");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_MemberId_StartsAt",
                table: "Bookings",
                columns: new[] { "MemberId", "StartsAt" });

            migrationBuilder.AddCheckConstraint(
                name: "CK_Booking_Owner",
                table: "Bookings",
                sql: "(\"BotName\" IS NOT NULL AND \"UserId\" IS NOT NULL AND \"ChatId\" IS NOT NULL) OR (\"BotName\" IS NULL AND \"UserId\" IS NULL AND \"ChatId\" IS NULL AND \"MemberId\" IS NOT NULL)");

            migrationBuilder.AddForeignKey(
                name: "FK_Bookings_Members_MemberId",
                table: "Bookings",
                column: "MemberId",
                principalTable: "Members",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_WorkshopRegistrations_Members_MemberId",
                table: "WorkshopRegistrations",
                column: "MemberId",
                principalTable: "Members",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Bookings_Members_MemberId",
                table: "Bookings");

            migrationBuilder.DropForeignKey(
                name: "FK_WorkshopRegistrations_Members_MemberId",
                table: "WorkshopRegistrations");

            migrationBuilder.DropIndex(
                name: "IX_WorkshopRegistrations_MemberId",
                table: "WorkshopRegistrations");

            migrationBuilder.DropIndex(
                name: "IX_WorkshopRegistrations_WorkshopId_MemberId",
                table: "WorkshopRegistrations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_WorkshopRegistration_Owner",
                table: "WorkshopRegistrations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Member_Messenger",
                table: "Members");

            migrationBuilder.DropIndex(
                name: "IX_Bookings_MemberId_StartsAt",
                table: "Bookings");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Booking_Owner",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "MemberId",
                table: "WorkshopRegistrations");

            migrationBuilder.DropColumn(
                name: "RegisteredBy",
                table: "WorkshopRegistrations");

            migrationBuilder.DropColumn(
                name: "BookedBy",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "MemberId",
                table: "Bookings");

            migrationBuilder.AlterColumn<long>(
                name: "UserId",
                table: "WorkshopRegistrations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "ChatId",
                table: "WorkshopRegistrations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "BotName",
                table: "WorkshopRegistrations",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "UserId",
                table: "Members",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "ChatId",
                table: "Members",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "BotName",
                table: "Members",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "UserId",
                table: "Bookings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "ChatId",
                table: "Bookings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "BotName",
                table: "Bookings",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64,
                oldNullable: true);
        }
    }
}

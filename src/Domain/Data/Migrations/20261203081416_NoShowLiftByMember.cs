using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RahZendegi.Domain.Data.Migrations
{
    /// <inheritdoc />
    public partial class NoShowLiftByMember : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "UserId",
                table: "NoShowApprovals",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<string>(
                name: "BotName",
                table: "NoShowApprovals",
                type: "TEXT",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64);

            migrationBuilder.AddColumn<string>(
                name: "GrantedBy",
                table: "NoShowApprovals",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MemberId",
                table: "NoShowApprovals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "NoShowApprovals",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_NoShowApprovals_MemberId_GrantedAt",
                table: "NoShowApprovals",
                columns: new[] { "MemberId", "GrantedAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_NoShowApprovals_Members_MemberId",
                table: "NoShowApprovals",
                column: "MemberId",
                principalTable: "Members",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_NoShowApprovals_Members_MemberId",
                table: "NoShowApprovals");

            migrationBuilder.DropIndex(
                name: "IX_NoShowApprovals_MemberId_GrantedAt",
                table: "NoShowApprovals");

            migrationBuilder.DropColumn(
                name: "GrantedBy",
                table: "NoShowApprovals");

            migrationBuilder.DropColumn(
                name: "MemberId",
                table: "NoShowApprovals");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "NoShowApprovals");

            migrationBuilder.AlterColumn<long>(
                name: "UserId",
                table: "NoShowApprovals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "BotName",
                table: "NoShowApprovals",
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

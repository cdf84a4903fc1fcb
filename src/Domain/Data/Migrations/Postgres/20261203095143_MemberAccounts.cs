using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace RahZendegi.Domain.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MemberAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MemberAccounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MemberId = table.Column<int>(type: "integer", nullable: false),
                    BotName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UserId = table.Column<long>(type: "bigint", nullable: false),
                    ChatId = table.Column<long>(type: "bigint", nullable: false),
                    LinkedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastUsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberAccounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberAccounts_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MemberAccounts_BotName_ChatId",
                table: "MemberAccounts",
                columns: new[] { "BotName", "ChatId" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberAccounts_BotName_UserId",
                table: "MemberAccounts",
                columns: new[] { "BotName", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MemberAccounts_MemberId",
                table: "MemberAccounts",
                column: "MemberId");

            // Every member who joined in a bot keeps that account as their first linked one.
            migrationBuilder.Sql(
                "INSERT INTO \"MemberAccounts\" (\"MemberId\", \"BotName\", \"UserId\", \"ChatId\", \"LinkedAt\", \"LastUsedAt\") " +
                "SELECT \"Id\", \"BotName\", \"UserId\", \"ChatId\", \"CreatedAt\", \"CreatedAt\" FROM \"Members\" WHERE \"BotName\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MemberAccounts");
        }
    }
}

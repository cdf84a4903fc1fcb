using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RahZendegi.Domain.Data.Migrations
{
    /// <inheritdoc />
    public partial class CategoryProofs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CategoryProofs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    BotName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FileUniqueId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: true),
                    FetchedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ClearedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CategoryProofs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CategoryProofs_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CategoryProofs_DecidedAt",
                table: "CategoryProofs",
                column: "DecidedAt",
                filter: "\"ClearedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CategoryProofs_MemberId_ReceivedAt",
                table: "CategoryProofs",
                columns: new[] { "MemberId", "ReceivedAt" });

            // The one proof a member could have had moves into a row of its own, with the decision made on it.
            migrationBuilder.Sql("""
                INSERT INTO "CategoryProofs" ("MemberId", "BotName", "FileId", "Kind", "ReceivedAt", "Decision", "DecidedAt", "RejectionReason")
                SELECT "Id", "BotName", "ProofFileId", 'Photo', "CreatedAt",
                    CASE WHEN "CategoryStatus" IN ('Verified', 'Rejected') THEN "CategoryStatus" END,
                    CASE WHEN "CategoryStatus" IN ('Verified', 'Rejected') THEN "CategoryDecidedAt" END,
                    CASE WHEN "CategoryStatus" = 'Rejected' THEN "RejectionReason" END
                FROM "Members" WHERE "ProofFileId" IS NOT NULL AND "BotName" IS NOT NULL
                """);

            migrationBuilder.DropColumn(
                name: "ProofFileId",
                table: "Members");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ProofFileId",
                table: "Members",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            // Back to one file id per member: the newest proof's, if it still has one.
            migrationBuilder.Sql("""
                UPDATE "Members" SET "ProofFileId" = (
                    SELECT p."FileId" FROM "CategoryProofs" p WHERE p."MemberId" = "Members"."Id" AND p."FileId" IS NOT NULL
                    ORDER BY p."ReceivedAt" DESC, p."Id" DESC LIMIT 1)
                """);

            migrationBuilder.DropTable(
                name: "CategoryProofs");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RahZendegi.Domain.Data.Migrations
{
    /// <inheritdoc />
    public partial class WorkshopGroupTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WorkshopGroupTerms",
                columns: table => new
                {
                    WorkshopId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Open = table.Column<bool>(type: "INTEGER", nullable: false),
                    PriceRials = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopGroupTerms", x => new { x.WorkshopId, x.Category });
                    table.CheckConstraint("CK_WorkshopGroupTerm_Price", "\"PriceRials\" IS NULL OR \"PriceRials\" >= 0");
                    table.ForeignKey(
                        name: "FK_WorkshopGroupTerms_Workshops_WorkshopId",
                        column: x => x.WorkshopId,
                        principalTable: "Workshops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WorkshopGroupTerms");
        }
    }
}

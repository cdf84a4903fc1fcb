using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RahZendegi.Domain.Data.Migrations
{
    /// <inheritdoc />
    public partial class OutboxMessageKind : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "OutboxMessages",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Unknown");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Kind",
                table: "OutboxMessages");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RahZendegi.Domain.Data.Migrations
{
    /// <inheritdoc />
    public partial class BaleInvoices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InvoiceCheck",
                table: "Payments",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PaymentId",
                table: "OutboxMessages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_PaymentId",
                table: "OutboxMessages",
                column: "PaymentId");

            migrationBuilder.AddForeignKey(
                name: "FK_OutboxMessages_Payments_PaymentId",
                table: "OutboxMessages",
                column: "PaymentId",
                principalTable: "Payments",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_OutboxMessages_Payments_PaymentId",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_PaymentId",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "InvoiceCheck",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "PaymentId",
                table: "OutboxMessages");
        }
    }
}

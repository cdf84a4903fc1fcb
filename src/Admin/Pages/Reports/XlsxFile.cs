using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Mvc;

namespace RahZendegi.Admin.Pages.Reports;

/// <summary>
/// An Excel workbook of one right-to-left sheet: Persian headers in bold, numbers as numbers (so Excel sums them),
/// text as inline strings. Written with the Open XML SDK.
/// </summary>
public static class XlsxFile
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const uint BoldStyle = 1;

    public static FileContentResult Create(string fileName, string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();

            var data = new SheetData(new Row(header.Select(h => Text(h, BoldStyle))));
            foreach (var row in rows)
            {
                data.AppendChild(new Row(row.Select(Cell)));
            }

            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetViews(new SheetView { RightToLeft = true, WorkbookViewId = 0U }), data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1U, Name = sheetName }));
        }

        return new FileContentResult(stream.ToArray(), ContentType) { FileDownloadName = fileName };
    }

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        string text => Text(text, 0),
        long or int or decimal or double => new Cell
        {
            DataType = CellValues.Number,
            CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!),
        },
        var other => Text(other.ToString() ?? "", 0),
    };

    private static Cell Text(string text, uint style) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text)),
        StyleIndex = style == 0 ? null : UInt32Value.FromUInt32(style),
    };

    // The smallest stylesheet Excel accepts, with a second cell format in bold for the header.
    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2U },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2U },
        new Borders(new Border()) { Count = 1U },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1U, ApplyFont = true }) { Count = 2U });
}

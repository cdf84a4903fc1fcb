using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace RahZendegi.Admin.Pages.Reports;

/// <summary>CSV that Excel opens in Persian: UTF-8 with a byte-order mark, every text field quoted.</summary>
public static class CsvFile
{
    public static FileContentResult Create(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var csv = new StringBuilder().AppendLine(string.Join(',', header.Select(Quote)));
        foreach (var row in rows)
        {
            csv.AppendLine(string.Join(',', row.Select(cell => cell switch
            {
                null => "",
                string text => Quote(text),
                IFormattable number => number.ToString(null, global::System.Globalization.CultureInfo.InvariantCulture),
                var other => Quote(other.ToString() ?? ""),
            })));
        }

        return new FileContentResult([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())], "text/csv") { FileDownloadName = fileName };
    }

    private static string Quote(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}

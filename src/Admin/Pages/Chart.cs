using System.Text.Json;
using System.Text.Json.Serialization;
using RahZendegi.Domain.Persian;

namespace RahZendegi.Admin.Pages;

public enum ChartUnit { Count, Percent, Toman }

/// <summary>One line or set of bars; its values follow the chart's labels.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<long> Values, ChartUnit Unit = ChartUnit.Count, bool Line = false)
{
    /// <summary>What follows each number on the axes and in the tooltips.</summary>
    public string Suffix => Unit switch
    {
        ChartUnit.Percent => ChartTexts.PercentSign,
        ChartUnit.Toman => ChartTexts.Toman,
        _ => "",
    };
}

/// <summary>
/// A picture of figures the domain worked out, with every label already in Persian: the page embeds it as JSON for
/// wwwroot/js/charts.js to draw, and as a table for whoever has no script or reads the page aloud.
/// </summary>
public sealed record Chart(string Id, string Title, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series,
    bool Stacked = false, bool Horizontal = false, bool ShowZeros = false)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Nothing to draw: no labels, or only zeros where a zero says nothing (a workshop with no seat taken still does).</summary>
    public bool IsEmpty => Labels.Count == 0 || Series.Count == 0 || (!ShowZeros && Series.All(s => s.Values.All(v => v == 0)));

    // The default encoder writes <, > and & as \u escapes, so the JSON cannot close its script element.
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static string Format(ChartSeries series, int index) => PersianNumber.Format(series.Values[index]) + series.Suffix;
}

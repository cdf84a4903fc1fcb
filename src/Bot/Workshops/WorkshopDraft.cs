using RahZendegi.Domain.Workshops;

namespace RahZendegi.Bot.Workshops;

/// <summary>The filters and the programme chosen so far.</summary>
public sealed class WorkshopDraft
{
    public bool AnyKind { get; set; }
    public WorkshopKind? Kind { get; set; }

    /// <summary>Null with <see cref="AnyLibrary"/> means every library.</summary>
    public int? LibraryId { get; set; }

    public bool AnyLibrary { get; set; }
    public int? WorkshopId { get; set; }

    /// <summary>A discount code as the rules spell it, checked valid for workshops when typed.</summary>
    public string? DiscountCode { get; set; }
}

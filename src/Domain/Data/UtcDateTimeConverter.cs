using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RahZendegi.Domain.Data;

/// <summary>SQLite keeps no time zone: every instant is stored as UTC and read back marked as UTC.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));

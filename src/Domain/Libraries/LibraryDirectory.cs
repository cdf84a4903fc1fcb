using Microsoft.EntityFrameworkCore;
using RahZendegi.Domain.Data;

namespace RahZendegi.Domain.Libraries;

/// <summary>Where people can choose a library: only active libraries that exist in the database.</summary>
public sealed class LibraryDirectory(AppDbContext db)
{
    public async Task<IReadOnlyList<string>> ProvincesAsync(CancellationToken cancellationToken) =>
        await db.Libraries.AsNoTracking().Where(l => l.Active).Select(l => l.Province).Distinct().OrderBy(p => p).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> CitiesAsync(string province, CancellationToken cancellationToken) =>
        await db.Libraries.AsNoTracking().Where(l => l.Active && l.Province == province)
            .Select(l => l.City).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Library>> InCityAsync(string province, string city, CancellationToken cancellationToken) =>
        await db.Libraries.AsNoTracking().Where(l => l.Active && l.Province == province && l.City == city)
            .OrderBy(l => l.Name).ToListAsync(cancellationToken);

    /// <summary>Every active library, ordered by province, city and name.</summary>
    public async Task<IReadOnlyList<Library>> AllAsync(CancellationToken cancellationToken) =>
        await db.Libraries.AsNoTracking().Where(l => l.Active)
            .OrderBy(l => l.Province).ThenBy(l => l.City).ThenBy(l => l.Name).ToListAsync(cancellationToken);

    public Task<Library?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Libraries.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
}

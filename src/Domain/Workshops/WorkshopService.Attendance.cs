using Microsoft.EntityFrameworkCore;

namespace RahZendegi.Domain.Workshops;

public sealed partial class WorkshopService
{
    /// <summary>
    /// Staff mark who came once the workshop has begun; a mark can be corrected. Only seats that were held count:
    /// a place given up or never confirmed has no attendance. Someone who came is asked for a rating. The caller commits.
    /// </summary>
    public async Task<bool> MarkAttendanceAsync(int registrationId, bool attended, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var registration = await db.WorkshopRegistrations.Include(r => r.Workshop).Where(WorkshopRegistration.CountsAsSeat)
            .SingleOrDefaultAsync(r => r.Id == registrationId && r.Workshop!.StartsAt <= now, cancellationToken);
        if (registration is null)
        {
            return false;
        }

        registration.Status = attended ? RegistrationStatus.Attended : RegistrationStatus.NoShow;
        if (attended)
        {
            // Asked once, however often the mark is corrected.
            await feedback.AskAboutWorkshopAsync(registration, cancellationToken);
        }

        return true;
    }
}

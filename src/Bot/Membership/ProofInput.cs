using RahZendegi.Bot.Conversations;
using RahZendegi.Domain.Membership;

namespace RahZendegi.Bot.Membership;

/// <summary>Reads a proof from what the person sent: any photo, or a document that is a PDF or an image.</summary>
public static class ProofInput
{
    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".heic"];

    /// <summary>The proof, or null with the hint to ask again with.</summary>
    public static ProofFile? Read(UserInput input, out string? hint)
    {
        hint = null;
        switch (input.File)
        {
            case { IsPhoto: true } photo:
                return new ProofFile(photo.FileId, photo.FileUniqueId, ProofKind.Photo);
            case { } document when IsPdfOrImage(document):
                return new ProofFile(document.FileId, document.FileUniqueId, ProofKind.Document, Trim(document.FileName, 200), Trim(document.MimeType, 100));
            case not null:
                hint = MembershipTexts.ProofWrongFile;
                return null;
            default:
                hint = MembershipTexts.ProofExpected;
                return null;
        }
    }

    // The sender's app names the type; without one, the name's extension tells, as the messengers themselves guess.
    private static bool IsPdfOrImage(SharedFile document)
    {
        var mime = document.MimeType?.ToLowerInvariant();
        if (!string.IsNullOrEmpty(mime) && mime != "application/octet-stream")
        {
            return mime == "application/pdf" || mime.StartsWith("image/", StringComparison.Ordinal);
        }

        var extension = Path.GetExtension(document.FileName ?? "").ToLowerInvariant();
        return extension == ".pdf" || ImageExtensions.Contains(extension);
    }

    private static string? Trim(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}

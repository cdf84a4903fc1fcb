using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace RahZendegi.Admin.Hosting;

/// <summary>
/// The panel's keys are stored as they are, on purpose (ADR 10): the folder or table that holds them is guarded like the
/// database beside it, and an encryption key kept on the same machine would guard nothing more. Saying so here, instead
/// of leaving the encryptor unset, is what tells Data Protection the choice was made.
/// </summary>
internal sealed class UnencryptedKeys : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
        new(new XElement("unencryptedKey",
                new XComment(" Stored unencrypted by choice: guard this folder or table as the database is guarded. "),
                plaintextElement),
            typeof(NullXmlDecryptor));
}

using RahZendegi.Bot.Membership;

namespace RahZendegi.Tests.Bot.Membership;

public sealed class FileSignaturesTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D }, "image/png")]
    [InlineData(new byte[] { (byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', (byte)'1' }, "application/pdf")]
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 1, 2, 3, 4, (byte)'W', (byte)'E', (byte)'B', (byte)'P' }, "image/webp")]
    [InlineData(new byte[] { (byte)'<', (byte)'h', (byte)'t', (byte)'m', (byte)'l', (byte)'>' }, FileSignatures.Unknown)]
    [InlineData(new byte[] { }, FileSignatures.Unknown)]
    public void ContentTypeOf_TheFirstBytes_NamesWhatTheFileIs(byte[] content, string expected) =>
        Assert.Equal(expected, FileSignatures.ContentTypeOf(content));
}

using System.Threading.Channels;

namespace RahZendegi.Bot.Hosting;

/// <summary>
/// One user's updates are handled one at a time and in order; different users in parallel.
/// A user always maps to the same lane, and each lane has a single reader.
/// </summary>
public sealed class UpdateLanes
{
    private readonly Channel<InboxItem>[] lanes;
    private readonly Task[] readers;

    public UpdateLanes(int count, Func<InboxItem, Task> handle)
    {
        lanes = new Channel<InboxItem>[Math.Max(1, count)];
        readers = new Task[lanes.Length];
        for (var i = 0; i < lanes.Length; i++)
        {
            var lane = Channel.CreateUnbounded<InboxItem>(new UnboundedChannelOptions { SingleReader = true });
            lanes[i] = lane;
            readers[i] = Task.Run(async () =>
            {
                await foreach (var item in lane.Reader.ReadAllAsync())
                {
                    await handle(item);
                }
            });
        }
    }

    public void Post(InboxItem item)
    {
        var key = HashCode.Combine(item.BotName, item.UserKey);
        lanes[(int)((uint)key % (uint)lanes.Length)].Writer.TryWrite(item);
    }

    /// <summary>Lets every lane finish what it already holds.</summary>
    public async Task DrainAsync()
    {
        foreach (var lane in lanes)
        {
            lane.Writer.TryComplete();
        }

        await Task.WhenAll(readers);
    }
}

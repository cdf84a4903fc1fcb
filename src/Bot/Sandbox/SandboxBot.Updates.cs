using System.Text.Json;
using System.Text.Json.Nodes;

namespace RahZendegi.Bot.Sandbox;

public sealed partial class SandboxBot
{
    private readonly List<PendingUpdate> _queue = [];
    // The emulator forgets everything on restart but the bot's database does not: starting from the clock
    // keeps a new run's ids clear of those the bot already saw, as Telegram's ids would be.
    private int _nextUpdateId = (int)(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() % 1_000_000_000) * 2;
    private TaskCompletionSource _updatesArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Told, once per update, how long it waited from being queued to being handed to the bot by getUpdates
    /// (the load test's delivery latency). Called outside the sandbox's lock.
    /// </summary>
    public Action<TimeSpan>? UpdateDelivered { get; set; }

    public int PendingUpdateCount
    {
        get { lock (_gate) return _queue.Count; }
    }

    /// <summary>
    /// The next update gets this id; Telegram picks a random one after a week without updates,
    /// so a bot must not treat update_id as a high-water mark.
    /// </summary>
    public void SetNextUpdateId(int updateId)
    {
        lock (_gate)
            _nextUpdateId = updateId;
    }

    /// <summary>
    /// Queues a hand-made update. A JSON object without update_id gets the next id; a string is sent
    /// verbatim, even when it is not valid JSON, to test how the bot survives a broken update.
    /// </summary>
    public int EnqueueRawUpdate(JsonObject update)
    {
        var copy = (JsonObject)update.DeepClone();
        lock (_gate)
        {
            if (copy["update_id"] is JsonValue given && given.TryGetValue<int>(out var id))
                _nextUpdateId = Math.Max(_nextUpdateId, id + 1);
            else
                copy["update_id"] = id = _nextUpdateId++;
            return EnqueueLocked(id, copy.ToJsonString());
        }
    }

    public int EnqueueRawUpdate(string json)
    {
        lock (_gate)
        {
            int? given;
            try
            {
                given = JsonNode.Parse(json)?["update_id"]?.GetValue<int>();
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
            {
                given = null;
            }
            var id = given ?? _nextUpdateId;
            _nextUpdateId = Math.Max(_nextUpdateId, id + 1);
            return EnqueueLocked(id, json);
        }
    }

    // Call under _gate.
    private QueuedUpdate Enqueue(string kind, JsonNode payload, int? messageId)
    {
        var id = _nextUpdateId++;
        EnqueueLocked(id, BotApiJson.Update(id, kind, payload).ToJsonString());
        return new QueuedUpdate(id, messageId);
    }

    private int EnqueueLocked(int id, string json)
    {
        _queue.Add(new PendingUpdate(id, json));
        _updatesArrived.TrySetResult();
        _updatesArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        return id;
    }

    private async Task<string> GetUpdatesAsync(BotApiArguments args, CancellationToken ct)
    {
        var offset = args.Long("offset");
        var limit = Math.Clamp(args.Int("limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Max(0, args.Int("timeout") ?? 0));
        var deadline = TimeProvider.System.GetTimestamp() + (long)(timeout.TotalSeconds * TimeProvider.System.TimestampFrequency);
        lock (_gate)
            RefuseGetUpdatesWhileWebhookIsSet();
        while (true)
        {
            Task arrived;
            List<PendingUpdate>? firstDelivered = null;
            string? answer = null;
            lock (_gate)
            {
                Confirm(offset);
                var batch = _queue.Take(limit).ToList();
                var remaining = TimeProvider.System.GetElapsedTime(TimeProvider.System.GetTimestamp(), deadline);
                if (batch.Count > 0 || remaining <= TimeSpan.Zero)
                {
                    foreach (var update in batch)
                    {
                        if (!update.Delivered && UpdateDelivered is not null)
                            (firstDelivered ??= []).Add(update);
                        update.Delivered = true;
                    }
                    answer = "[" + string.Join(',', batch.Select(u => u.Json)) + "]";
                }
                arrived = _updatesArrived.Task;
            }
            if (answer is not null)
            {
                foreach (var update in firstDelivered ?? [])
                    UpdateDelivered?.Invoke(TimeProvider.System.GetElapsedTime(update.QueuedAt));
                return answer;
            }
            try
            {
                var remaining = TimeProvider.System.GetElapsedTime(TimeProvider.System.GetTimestamp(), deadline);
                await arrived.WaitAsync(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, ct);
            }
            catch (TimeoutException)
            {
                // The next round answers with an empty list.
            }
        }
    }

    // Telegram forgets an update once getUpdates asks for a higher offset. Only updates already
    // delivered are dropped, so an update whose id restarted lower is not lost by a stale offset.
    private void Confirm(long? offset)
    {
        if (offset is not { } value || value == 0)
            return;
        if (value < 0)
        {
            var keep = (int)Math.Min(-value, _queue.Count);
            _queue.RemoveRange(0, _queue.Count - keep);
            return;
        }
        _queue.RemoveAll(u => u.Delivered && u.Id < value);
    }

    private void DropPendingUpdates()
    {
        lock (_gate)
            _queue.Clear();
    }

    private sealed class PendingUpdate(int id, string json)
    {
        public int Id { get; } = id;
        public string Json { get; } = json;
        public bool Delivered { get; set; }

        /// <summary>When it was queued (a <see cref="TimeProvider.GetTimestamp"/> of the system clock).</summary>
        public long QueuedAt { get; } = TimeProvider.System.GetTimestamp();

        /// <summary>The chat (or user) the update belongs to; 0 for one that names none or cannot be read.</summary>
        public long ChatKey { get; } = ChatKeyOf(json);

        private static long ChatKeyOf(string json)
        {
            try
            {
                var update = JsonNode.Parse(json) as JsonObject;
                var body = update?.FirstOrDefault(p => p.Key != "update_id").Value as JsonObject;
                var chat = body?["chat"] ?? (body?["message"] as JsonObject)?["chat"] ?? body?["from"];
                return chat?["id"]?.GetValue<long>() ?? 0;
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
            {
                return 0;
            }
        }
    }
}

namespace RahZendegi.Bot.Hosting;

/// <summary>
/// Announces each send outcome written to the outbox, so that whoever must see the outbox after a send
/// (a test, a status page) waits for the event instead of guessing a time.
/// </summary>
public sealed class SendRecords
{
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the next outcome has been written.</summary>
    public Task Next => Volatile.Read(ref next).Task;

    public void Recorded() =>
        Interlocked.Exchange(ref next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}

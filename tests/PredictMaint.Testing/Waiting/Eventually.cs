using System.Diagnostics;

namespace PredictMaint.Testing.Waiting;

/// <summary>
/// Waits for a condition on an external system that raises no event (rows in a database,
/// a counter behind HTTP): checks it repeatedly until it holds or the deadline passes, then
/// fails with the last observed state. Never a fixed sleep: it returns as soon as it holds.
/// </summary>
public static class Eventually
{
    public static async Task<T> WaitAsync<T>(Func<Task<T>> observe, Func<T, bool> holds, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        while (true)
        {
            var value = await observe();
            if (holds(value))
            {
                return value;
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Waited {timeout} for {what}; last observed: {value}");
            }

            await timer.WaitForNextTickAsync();
        }
    }
}

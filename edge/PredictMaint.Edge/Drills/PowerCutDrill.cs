using System.Diagnostics;
using System.Globalization;
using PredictMaint.Edge.Queue;

namespace PredictMaint.Edge.Drills;

/// <summary>
/// Power-cut drill: starts <see cref="QueueStressWriter"/> in a child process, kills it with
/// SIGKILL at a random moment during heavy writes, reopens the queue (recovery) and checks that
/// every record the child reported as appended and not acknowledged is there, in order, intact.
/// </summary>
/// <remarks>
/// SIGKILL loses what a process had not handed to the kernel, not the kernel's page cache, so it
/// proves the write ordering, torn-tail recovery and atomic cursor, not the fsync calls themselves
/// (those need a real power cut or a fault-injecting block device).
/// </remarks>
/// <param name="agentCommand">How to start the agent: <c>dotnet PredictMaint.Edge.dll</c>, or a NativeAOT binary alone.</param>
public sealed class PowerCutDrill(string directory, IReadOnlyList<string> agentCommand, TextWriter log)
{
    /// <summary>The command that started this process (the dotnet host and the assembly, or a native executable).</summary>
    public static IReadOnlyList<string> CurrentAgentCommand()
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this executable is unknown.");
        var assembly = Path.Combine(AppContext.BaseDirectory, "PredictMaint.Edge.dll");
        return Path.GetFileNameWithoutExtension(host) == "dotnet" && File.Exists(assembly) ? [host, assembly] : [host];
    }

    public async Task<PowerCutDrillResult> RunAsync(int kills, int seed, CancellationToken cancellationToken = default)
    {
        var random = new Random(seed);
        long lost = 0, corrupt = 0, verified = 0, truncated = 0;
        for (var round = 1; round <= kills; round++)
        {
            var (appended, acknowledged) = await RunAndKillAsync(TimeSpan.FromMilliseconds(random.Next(30, 600)), cancellationToken);
            var check = Verify(appended, acknowledged);
            (lost, corrupt, verified, truncated) = (lost + check.Lost, corrupt + check.Corrupt, verified + check.Verified, truncated + check.Truncated);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"kill {round}: reported appended={appended} acked={acknowledged}; queue now acked={check.Acknowledged} last={check.Last}; truncated={check.Truncated} B lost={check.Lost} corrupt={check.Corrupt}"));
        }

        return new PowerCutDrillResult(kills, lost, corrupt, verified, truncated);
    }

    private async Task<(long Appended, long Acknowledged)> RunAndKillAsync(TimeSpan runFor, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfZero(agentCommand.Count, nameof(agentCommand));
        var info = new ProcessStartInfo(agentCommand[0]) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in agentCommand.Skip(1).Append("queue-stress").Append(directory))
        {
            info.ArgumentList.Add(argument);
        }

        using var child = Process.Start(info) ?? throw new InvalidOperationException("Could not start the queue stress writer.");
        long appended = 0, acknowledged = 0;
        var firstWrite = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reader = Task.Run(async () =>
        {
            while (await child.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
            {
                var parts = line.Split(' ');
                var value = long.Parse(parts[1], CultureInfo.InvariantCulture);
                if (parts[0] == "appended")
                {
                    Volatile.Write(ref appended, value);
                    firstWrite.TrySetResult();
                }
                else
                {
                    Volatile.Write(ref acknowledged, value);
                }
            }

            firstWrite.TrySetException(new InvalidOperationException("The stress writer exited before writing."));
        }, cancellationToken);

        // Kill during writes, not during start-up: the clock starts at the first acknowledged append.
        await firstWrite.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        await Task.Delay(runFor, cancellationToken);
        child.Kill(entireProcessTree: false); // SIGKILL on Unix
        await child.WaitForExitAsync(cancellationToken);
        await reader;
        return (Volatile.Read(ref appended), Volatile.Read(ref acknowledged));
    }

    private Check Verify(long reportedAppended, long reportedAcknowledged)
    {
        using var queue = DiskQueueLog.Open(QueueStressWriter.Options(directory));
        long corrupt = 0, verified = 0;
        var expected = queue.AcknowledgedId + 1;
        try
        {
            for (var batch = queue.ReadBatch(queue.AcknowledgedId, 1024); batch.Count > 0; batch = queue.ReadBatch(batch[^1].Id, 1024))
            {
                foreach (var record in batch)
                {
                    corrupt += record.Id != expected++ || !StressPayload.Matches(record.Id, record.Payload.Span) ? 1 : 0;
                    verified++;
                }
            }
        }
        catch (InvalidDataException)
        {
            corrupt++;
        }

        // Lost: reported to the writer as stored but gone. An acknowledgement that did not survive
        // would only mean re-sending (a duplicate), so it is checked separately.
        var lost = Math.Max(0, reportedAppended - queue.LastId);
        if (queue.AcknowledgedId < reportedAcknowledged)
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"acknowledged cursor went back from {reportedAcknowledged} to {queue.AcknowledgedId}"));
            corrupt++;
        }

        return new Check(lost, corrupt, verified, queue.RecoveredTruncatedBytes, queue.AcknowledgedId, queue.LastId);
    }

    private readonly record struct Check(long Lost, long Corrupt, long Verified, long Truncated, long Acknowledged, long Last);
}

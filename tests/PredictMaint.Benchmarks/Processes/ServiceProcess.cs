using System.Diagnostics;
using System.Globalization;
using PredictMaint.Testing.Servers;

namespace PredictMaint.Benchmarks.Processes;

/// <summary>
/// A built .NET program as a child process of a bench or the drill: its output goes to a log file
/// that outlives restarts (or, without a log folder, to stderr prefixed with its name); it can be
/// killed with SIGKILL and started again with the same arguments.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly ProcessStartInfo _info;
    private readonly TextWriter _log;
    private readonly Lock _logLock = new();
    private readonly string _linePrefix = "";
    private Process? _process;
    private bool _closed;
    private string? _lastMatch;

    /// <param name="logDirectory">Where <c>NAME.log</c> goes; null: every line to stderr as <c>  NAME: line</c>.</param>
    public ServiceProcess(string name, string dll, IEnumerable<string> arguments, string? logDirectory, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        Name = name;
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is missing: build first (./pm setup, or dotnet build PredictMaint.sln -c Release).", dll);
        }

        _info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(dll)! };
        foreach (var argument in (string[])[dll, .. arguments])
        {
            _info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            _info.Environment[key] = value;
        }

        if (logDirectory is null)
        {
            _linePrefix = $"  {name}: ";
            _log = Console.Error;
            LogFile = "stderr";
        }
        else
        {
            LogFile = Path.Combine(logDirectory, name + ".log");
            _log = new StreamWriter(LogFile, append: true) { AutoFlush = true };
        }
    }

    /// <summary>Where a built program of this repository is: <c>COMPONENT/PROJECT/bin/CONFIGURATION/net10.0/DLL</c>.</summary>
    public static string ProgramPath(string component, string project, string dll, string configuration) =>
        Path.Combine(RepositoryPaths.Root, component, project, "bin", configuration, "net10.0", dll);

    public string Name { get; }

    public string LogFile { get; }

    /// <summary>The running process's id; 0 when it is not running.</summary>
    public int ProcessId
    {
        get
        {
            try
            {
                return Volatile.Read(ref _process) is { HasExited: false } p ? p.Id : 0;
            }
            catch (InvalidOperationException)
            {
                return 0; // disposed meanwhile
            }
        }
    }

    public bool HasExited => _process is null || _process.HasExited;

    public int ExitCode => _process?.ExitCode ?? -1;

    /// <summary>Last stderr/stdout line matching a prefix (progress lines of the simulator).</summary>
    public string? LastLineStartingWith(string prefix) => Volatile.Read(ref _lastMatch) is { } m && m.StartsWith(prefix, StringComparison.Ordinal) ? m : null;

    /// <summary>Output lines starting with this are remembered (see <see cref="LastLineStartingWith"/>).</summary>
    public string ProgressPrefix { get; init; } = "\u0000";

    public void Start()
    {
        var process = Process.Start(_info) ?? throw new InvalidOperationException($"could not start {Name} (dotnet not on PATH?)");
        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Write(string.Create(CultureInfo.InvariantCulture, $"[process] started {Name} pid {process.Id}"));
        Interlocked.Exchange(ref _process, process)?.Dispose();
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash or a power cut.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            Write(string.Create(CultureInfo.InvariantCulture, $"[process] kill -9 {Name} pid {process.Id}"));
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    /// <summary>SIGTERM, so the program shuts down cleanly; SIGKILL after <paramref name="grace"/>.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        Write(string.Create(CultureInfo.InvariantCulture, $"[process] SIGTERM {Name} pid {process.Id}"));
        _ = Signal.Terminate(process.Id);
        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
        }
    }

    public async Task WaitForExitAsync(CancellationToken cancellationToken)
    {
        if (_process is { } process)
        {
            await process.WaitForExitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        lock (_logLock)
        {
            _closed = true;
            if (_log != Console.Error)
            {
                _log.Dispose();
            }
        }
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.StartsWith(ProgressPrefix, StringComparison.Ordinal))
        {
            Volatile.Write(ref _lastMatch, line);
        }

        lock (_logLock)
        {
            if (!_closed)
            {
                _log.WriteLine(_linePrefix + line);
            }
        }
    }
}

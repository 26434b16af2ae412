using Microsoft.Extensions.Logging.Abstractions;
using PredictMaint.Edge.Features;
using PredictMaint.Edge.Modbus;
using PredictMaint.Edge.Sampling;
using PredictMaint.Platform.Modbus;

namespace PredictMaint.Edge.Tests.Modbus;

/// <summary>The waveform block through libmodbus against the firmware simulator's Modbus TCP gateway.</summary>
public sealed class ModbusWaveformReaderTests
{
    private static readonly WaveformBlock Block = RegisterMap.Default.Waveform!;

    [Fact]
    public void PollDue_SharedMapWaveform_CaptureIsTheBoardsAndItsRmsTheBoardsReading()
    {
        using var board = new SimulatedBoard(RegisterMap.Default);
        using var poller = CreatePoller(board.Port);
        var channel = new VibrationVelocityChannel(poller.Waveform!);

        poller.PollDue();

        var window = new double[Block.Length];
        Assert.True(poller.Waveform!.TryReadLatest(-1, window, out _));
        Assert.Equal(board.Waveform(Block), window);
        Assert.Equal(WaveformQuantity.Velocity, poller.Waveform.Quantity);
        Assert.DoesNotContain(ModbusWaveformReader.ErrorKey, poller.Errors().Keys);
        // The simulator scales its capture so that its RMS is the vibration_rms_mm_s register's value;
        // the edge's 10–500 Hz band RMS leaves out only the noise below 10 Hz and the 0.01 mm/s steps.
        Assert.True(channel.TryRead(out var rms));
        Assert.Equal(board.Value("vibration_rms_mm_s")!.Value, rms, board.Value("vibration_rms_mm_s")!.Value * 0.02);
        Assert.Equal(10, poller.Waveform.Requests); // sequence, 8 chunks of 125, sequence again
    }

    [Fact]
    public void PollDue_SameCaptureThenANewOne_ReadsTheBlockOnlyWhenItChanged()
    {
        using var board = new SimulatedBoard(RegisterMap.Default);
        using var poller = CreatePoller(board.Port);
        var window = new double[Block.Length];
        poller.PollDue();
        poller.Waveform!.TryReadLatest(-1, window, out var first);
        var requests = poller.Waveform.Requests;

        poller.PollDue();
        Assert.Equal(requests + 1, poller.Waveform.Requests); // the sequence register only
        board.Step();
        poller.PollDue();

        Assert.True(poller.Waveform.TryReadLatest(first, window, out var second));
        Assert.Equal(first + 1, second);
        Assert.Equal(board.Waveform(Block), window);
    }

    [Fact]
    public void PollDue_BoardWithoutTheWaveformBlock_ReportsTheWaveformErrorAndRegistersStillRead()
    {
        // The simulator serves a map without the block: the addresses are illegal there.
        using var board = new SimulatedBoard(RegisterMap.Default with { Waveform = null });
        using var poller = CreatePoller(board.Port);

        poller.PollDue();

        Assert.False(poller.Waveform!.TryReadLatest(-1, new double[Block.Length], out _));
        var error = Assert.Single(poller.Errors());
        Assert.Equal(ModbusWaveformReader.ErrorKey, error.Key);
        Assert.Contains("refused", error.Value, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(0, poller.Registers.Count), i => Assert.Null(poller.Reading(i).Error));
    }

    private static ModbusPoller CreatePoller(int port)
    {
        var options = new ModbusOptions
        {
            Port = port, RegisterMapFile = RegisterMap.DefaultFileName, ResponseTimeout = TimeSpan.FromMilliseconds(500), PollInterval = TimeSpan.FromMilliseconds(50),
        };
        return new ModbusPoller(
            new LibModbusTransport(options), ModbusRegisterMap.Resolve(options, AppContext.BaseDirectory), options, TimeProvider.System, NullLogger<ModbusPoller>.Instance,
            new ModbusWaveformReader(ModbusRegisterMap.ResolveWaveform(options, AppContext.BaseDirectory)!));
    }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using PredictMaint.Edge.Configuration;

namespace PredictMaint.Edge.Modbus;

/// <summary>
/// Configuration section <c>Modbus</c>: the sensor board behind Modbus TCP or RTU, read when
/// <c>Sampling:Source</c> is <c>modbus</c>. Registers come from <see cref="RegisterMapFile"/> (the
/// shared JSON map format), from <see cref="Registers"/>, or both.
/// </summary>
public sealed class ModbusOptions
{
    public const string SectionName = "Modbus";

    /// <summary><c>tcp</c> (Ethernet gateway) or <c>rtu</c> (RS-485 serial line).</summary>
    [Required]
    [AllowedValues(ModbusTransport.Tcp, ModbusTransport.Rtu, ErrorMessage = "Transport must be one of: tcp, rtu.")]
    public string Transport { get; set; } = ModbusTransport.Tcp;

    [Required]
    public string Host { get; set; } = "127.0.0.1";

    [Range(1, 65535)]
    public int Port { get; set; } = 502;

    /// <summary>Serial device of an RTU link, e.g. <c>/dev/ttyUSB0</c> or <c>/dev/serial0</c>.</summary>
    public string SerialDevice { get; set; } = "/dev/ttyUSB0";

    [Range(300, 4_000_000)]
    public int BaudRate { get; set; } = 19_200;

    /// <summary><c>N</c>, <c>E</c> or <c>O</c> (Modbus RTU's default is even parity).</summary>
    [AllowedValues("N", "E", "O", ErrorMessage = "Parity must be one of: N, E, O.")]
    public string Parity { get; set; } = "E";

    [Range(5, 8)]
    public int DataBits { get; set; } = 8;

    [Range(1, 2)]
    public int StopBits { get; set; } = 1;

    /// <summary>Put the serial port in kernel RS-485 mode (only for drivers that support it; most USB adapters switch direction themselves).</summary>
    public bool Rs485Mode { get; set; }

    /// <summary>Slave address (1–247; 255 or 0 for some TCP devices).</summary>
    [Range(0, 255)]
    public int UnitId { get; set; } = 1;

    /// <summary>How long one request waits for its response before it counts as failed.</summary>
    [DurationRange("00:00:00.010", "00:01:00")]
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Further attempts of a request that timed out or failed on the link (not of one the device refused).</summary>
    [Range(0, 10)]
    public int Retries { get; set; } = 2;

    /// <summary>First wait before reconnecting after the link failed; doubled per failed attempt…</summary>
    [DurationRange("00:00:00.010", "00:10:00")]
    public TimeSpan ReconnectDelayMin { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>…up to this cap.</summary>
    [DurationRange("00:00:00.010", "01:00:00")]
    public TimeSpan ReconnectDelayMax { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Poll interval of registers that set none of their own.</summary>
    [DurationRange("00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Unused registers a block read may span to join two neighbours into one request.</summary>
    [Range(0, 100)]
    public int MaxGap { get; set; } = 8;

    /// <summary>A register map in the shared JSON format (<c>purifier-register-map.json</c>); relative to the program folder.</summary>
    public string? RegisterMapFile { get; set; }

    /// <summary>
    /// Read the map's waveform block (when it has one) and compute the vibration features on the
    /// edge; they replace the board's own vibration registers.
    /// </summary>
    public bool ReadWaveform { get; set; } = true;

    /// <summary>Registers configured inline; one with the same name as a map file register replaces it.</summary>
    [ValidateEnumeratedItems]
    public List<ModbusRegisterOptions> Registers { get; set; } = [];
}

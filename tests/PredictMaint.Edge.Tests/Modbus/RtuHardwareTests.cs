using System.Globalization;
using PredictMaint.Edge.Modbus;
using PredictMaint.Platform.Modbus;

namespace PredictMaint.Edge.Tests.Modbus;

/// <summary>The RTU path on a real serial line (a Pi with an RS-485 adapter); skipped elsewhere.</summary>
public sealed class RtuHardwareTests
{
    [SerialHardwareFact]
    [Trait("Category", "Hardware")]
    public void PollDue_RtuSlaveWithSharedMap_EveryRegisterReads()
    {
        using var poller = ModbusPollerTests.CreatePoller(new ModbusOptions
        {
            Transport = ModbusTransport.Rtu,
            SerialDevice = Environment.GetEnvironmentVariable(SerialHardwareFactAttribute.Variable)!,
            BaudRate = int.Parse(Environment.GetEnvironmentVariable("PM_MODBUS_RTU_BAUD") ?? "19200", CultureInfo.InvariantCulture),
            Parity = Environment.GetEnvironmentVariable("PM_MODBUS_RTU_PARITY") ?? "E",
            RegisterMapFile = RegisterMap.DefaultFileName,
        });

        poller.PollDue();

        Assert.Empty(poller.Errors());
        Assert.Equal(1, poller.Connects);
    }
}

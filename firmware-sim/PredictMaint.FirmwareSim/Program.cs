using System.CommandLine;
using PredictMaint.FirmwareSim.Cli;

var root = new RootCommand("PredictMaint firmware simulator: a fleet of purifiers with known ground truth.")
{
    RunCommand.Create(),
    CompareCommand.Create(),
    ExportCommand.Create(),
    ModbusCommand.Create(),
};
return await root.Parse(args).InvokeAsync();

using PredictMaint.Edge.Hosting;

return await EdgeCommandLine.RunAsync(args);

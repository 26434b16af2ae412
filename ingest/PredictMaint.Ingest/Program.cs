using PredictMaint.Ingest;

await IngestApp.Build(args).RunAsync();

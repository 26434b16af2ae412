using PredictMaint.Predictor;

await PredictorApp.Build(args).RunAsync();

using System.CommandLine;
using PredictMaint.Predictor.Evaluation.Cmapss;
using PredictMaint.Predictor.Evaluation.Filter;
using PredictMaint.Predictor.Evaluation.Multivariate;
using PredictMaint.Predictor.Evaluation.Fleet;
using PredictMaint.Predictor.Evaluation.Nab;

var root = new RootCommand("PredictMaint model evaluation on public benchmarks. Each command prints its figures on the last line.");
root.Subcommands.Add(NabCommand.Create());
root.Subcommands.Add(CmapssCommand.Create());
root.Subcommands.Add(FilterCommand.Create());
root.Subcommands.Add(MultivariateCommand.Create());
root.Subcommands.Add(FleetCommand.Create());
return root.Parse(args).Invoke();

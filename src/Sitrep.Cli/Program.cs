using Sitrep.Cli;

return SitrepCli.Run(args, CliEnvironment.FromProcess());

using ProVision.Cli;

// One job per process: packs stay loaded until it ends, in contexts the runtime optimises like the tool's own code.
ProVision.Compiler.Api.CompilationDriver.KeepPacksLoaded = true;
return CliApp.Run(args, Console.Out, Console.Error);

using ProVision.Cli;
using ProVision.Compiler.Compilation;

// `bench startup`: the runtime's own start, from process start to here, is a phase of its own (docs/cli.md#bench).
StartupTrace.Mark("main");
// One job per process: packs stay loaded until it ends, in contexts the runtime optimises like the tool's own code.
ProVision.Compiler.Api.CompilationDriver.KeepPacksLoaded = true;
// `generate` with the built-in pack: its load starts now, beside the command line's parse (docs/performance.md#session-8-start-up).
PackResolver.StartLoadingBuiltinFor(args);
return CliApp.Run(args, Console.Out, Console.Error);

// `sluice-host`: the plugin-capable `sluice`. A thin launcher that links nothing of Sluice itself: it loads
// libSluiceKit.so (found beside it through the RUNPATH `$ORIGIN` SwiftPM sets) and runs the CLI in it, so the
// host and every plugin share one copy of the core's types. See docs/writing-stages.md, "Dynamic plugins".
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

typealias CLIMain = @convention(c) (Int32, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32

func fail(_ message: String) -> Never {
    fputs("sluice-host: \(message)\n", stderr)
    exit(1)
}

guard let core = dlopen("libSluiceKit.so", RTLD_NOW | RTLD_GLOBAL) else {
    let reason = dlerror().map { String(cString: $0) } ?? "unknown error"
    fail("cannot load the Sluice core library: \(reason)\nbuild it with `swift build` (or `swift build --product SluiceKit`); `swift run sluice-host` alone does not build it")
}
guard let entry = dlsym(core, "sluice_cli_main") else {
    fail("libSluiceKit.so has no sluice_cli_main entry point")
}
exit(unsafeBitCast(entry, to: CLIMain.self)(CommandLine.argc, CommandLine.unsafeArgv))

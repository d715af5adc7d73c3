/// The C entry point `sluice-host` calls after loading `libSluiceKit.so`: runs the standard command line.
///
/// `argv[0]` is the program name; the rest are the arguments. Never returns.
@c(sluice_cli_main)
public func sluiceCLIMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    let arguments = (1..<max(1, Int(argc))).compactMap { argv[$0].map { String(cString: $0) } }
    SluiceMain.run(arguments: arguments)
}

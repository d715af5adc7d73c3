#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Facts about the running executable that matter for plugins.
public enum PluginHost {
    /// The shared library holding the core, the standard stages and the CLI (the `SluiceKit` product).
    public static let coreLibraryName = "libSluiceKit.so"

    /// True if this copy of the core is the one in `libSluiceKit.so`, which plugins then share.
    ///
    /// An executable that links the core statically (`sluice`, a compiled-in executable, a test runner) has its
    /// own copy of every core type; a plugin's types would be different ones. The check: the library is loaded,
    /// and its `sluice_core_anchor` is this very function.
    public static let sharesCoreLibrary: Bool = {
        guard let handle = dlopen(coreLibraryName, RTLD_NOW | RTLD_NOLOAD),
              let theirs = dlsym(handle, "sluice_core_anchor") else { return false }
        let anchor: @convention(c) () -> Void = sluiceCoreAnchor
        return UnsafeRawPointer(theirs) == unsafeBitCast(anchor, to: UnsafeRawPointer.self)
    }()
}

/// A function whose address identifies the copy of the core that is running.
@c(sluice_core_anchor)
public func sluiceCoreAnchor() {}

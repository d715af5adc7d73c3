import SluiceCore
import SluiceStandard

/// Registers the standard stages into the shared registry once per process.
enum StandardStagesRegistration {
    static func registerStandard() throws(RegistrationError) {
        try StandardStages.register(into: .shared)
    }
}

/// A way outside text reaches the kiosk's screens.
enum HostileTextEntryPoint: String, CaseIterable {
    case feed = "feed"
    case webPage = "web page"
    case course = "course package"
    case reply = "request reply"
    case announcement = "announcement"
    case accountName = "account name"
}

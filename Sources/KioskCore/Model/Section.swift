/// A part of the kiosk a detainee can open from the home menu.
public enum Section: String, CaseIterable, Codable, Sendable {
    case courses
    case jobSites = "job-sites"
    case press
    case requests
}

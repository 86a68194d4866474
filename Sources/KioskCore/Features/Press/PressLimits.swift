/// How many articles the press screens ask the store for at most.
public enum PressLimits {
    /// A newspaper's articles, or all of them by date: more than retention usually keeps.
    public static let list = 200
    /// Search results, title matches first: past that, a narrower search serves better.
    public static let search = 50
}

extension Catalog {
    static let english: [MessageKey: String] = [
        .appName: "Cell kiosk",

        .loginWelcome: "Welcome",
        .loginPrompt: "Log in with your number and your PIN.",
        .loginLanguage: "Language",
        .loginNumber: "Number",
        .loginPIN: "PIN",
        .loginMissingFields: "Type your number and your PIN.",
        .loginWrongCredentials: "Number or PIN is wrong.",
        .loginTooSoon: "Too many attempts. Try again at {time}.",
        .loginLocked: "This account is locked. Ask a member of staff.",
        .loginIdleLoggedOut: "You were logged out because nothing happened for a while.",

        .homeTitle: "Home",
        .homeGreeting: "Hello, {name}",
        .homeAnnouncements: "Announcements",
        .homeNoAnnouncements: "No announcements.",
        .homeUnread: "{count} new",
        .menuCourses: "Courses",
        .menuJobSites: "Job sites",
        .menuPress: "Press",
        .menuRequests: "Service requests",
        .menuSettings: "Settings",
        .menuLogout: "Log out",

        .sectionEmpty: "Nothing here yet.",

        .settingsTitle: "Settings",
        .settingsLanguage: "Language",
        .settingsTheme: "Theme",
        .settingsSaved: "Saved.",
        .themeDefault: "Standard",
        .themeHighContrast: "High contrast",
        .themeMono: "Black and white",

        .hintNextField: "next field",
        .hintLogIn: "log in",
        .hintLanguage: "language",
        .hintMove: "move",
        .hintOpen: "open",
        .hintBack: "back",
        .hintChange: "change",
        .hintLogOut: "log out",

        .idleWarningTitle: "Still there?",
        .idleWarning: "You will be logged out in {seconds} seconds. Press any key to stay.",
        .tooSmall: "Screen too small",
        .tooSmallNeeded: "Needs {size}",

        .storeNotWritable: "The kiosk cannot save right now. Please tell a member of staff.",
        .storeUnavailable: "The kiosk cannot read its data right now. Please tell a member of staff.",
    ]
}

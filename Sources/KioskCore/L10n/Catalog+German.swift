extension Catalog {
    static let german: [MessageKey: String] = [
        .appName: "Kiosk",

        .loginWelcome: "Willkommen",
        .loginPrompt: "Melden Sie sich mit Ihrer Nummer und Ihrer PIN an.",
        .loginLanguage: "Sprache",
        .loginNumber: "Nummer",
        .loginPIN: "PIN",
        .loginMissingFields: "Geben Sie Ihre Nummer und Ihre PIN ein.",
        .loginWrongCredentials: "Nummer oder PIN ist falsch.",
        .loginTooSoon: "Zu viele Versuche. Versuchen Sie es um {time} wieder.",
        .loginLocked: "Dieses Konto ist gesperrt. Wenden Sie sich an das Personal.",
        .loginIdleLoggedOut: "Sie wurden abgemeldet, weil eine Weile nichts geschah.",

        .homeTitle: "Start",
        .homeGreeting: "Hallo, {name}",
        .homeAnnouncements: "Mitteilungen",
        .homeNoAnnouncements: "Keine Mitteilungen.",
        .homeUnread: "{count} neu",
        .menuCourses: "Kurse",
        .menuJobSites: "Jobbörsen",
        .menuPress: "Presse",
        .menuRequests: "Anträge an Dienste",
        .menuSettings: "Einstellungen",
        .menuLogout: "Abmelden",

        .sectionEmpty: "Hier gibt es noch nichts.",

        .settingsTitle: "Einstellungen",
        .settingsLanguage: "Sprache",
        .settingsTheme: "Farbschema",
        .settingsSaved: "Gespeichert.",
        .themeDefault: "Standard",
        .themeHighContrast: "Hoher Kontrast",
        .themeMono: "Schwarzweiß",

        .hintNextField: "nächstes Feld",
        .hintLogIn: "anmelden",
        .hintLanguage: "Sprache",
        .hintMove: "bewegen",
        .hintOpen: "öffnen",
        .hintBack: "zurück",
        .hintChange: "ändern",
        .hintLogOut: "abmelden",

        .idleWarningTitle: "Noch da?",
        .idleWarning: "Sie werden in {seconds} Sekunden abgemeldet. Drücken Sie eine Taste, um zu bleiben.",
        .tooSmall: "Bildschirm zu klein",
        .tooSmallNeeded: "Nötig: {size}",

        .storeNotWritable: "Der Kiosk kann gerade nicht speichern. Bitte sagen Sie dem Personal Bescheid.",
        .storeUnavailable: "Der Kiosk kann seine Daten gerade nicht lesen. Bitte sagen Sie dem Personal Bescheid.",
    ]
}

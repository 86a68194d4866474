extension Catalog {
    static let dutch: [MessageKey: String] = [
        .appName: "Kiosk",

        .loginWelcome: "Welkom",
        .loginPrompt: "Meld je aan met je nummer en je pincode.",
        .loginLanguage: "Taal",
        .loginNumber: "Nummer",
        .loginPIN: "Pincode",
        .loginMissingFields: "Typ je nummer en je pincode.",
        .loginWrongCredentials: "Nummer of pincode is fout.",
        .loginTooSoon: "Te veel pogingen. Probeer opnieuw om {time}.",
        .loginLocked: "Deze account is geblokkeerd. Vraag het aan een personeelslid.",
        .loginIdleLoggedOut: "Je bent afgemeld omdat er een tijd niets gebeurde.",

        .homeTitle: "Start",
        .homeGreeting: "Hallo, {name}",
        .homeAnnouncements: "Mededelingen",
        .homeNoAnnouncements: "Geen mededelingen.",
        .homeUnread: "{count} nieuw",
        .menuCourses: "Opleidingen",
        .menuJobSites: "Vacaturesites",
        .menuPress: "Pers",
        .menuRequests: "Vragen aan diensten",
        .menuSettings: "Instellingen",
        .menuLogout: "Afmelden",

        .sectionEmpty: "Hier staat nog niets.",

        .settingsTitle: "Instellingen",
        .settingsLanguage: "Taal",
        .settingsTheme: "Thema",
        .settingsSaved: "Bewaard.",
        .themeDefault: "Standaard",
        .themeHighContrast: "Hoog contrast",
        .themeMono: "Zwart-wit",

        .hintNextField: "volgend veld",
        .hintLogIn: "aanmelden",
        .hintLanguage: "taal",
        .hintMove: "verplaatsen",
        .hintOpen: "openen",
        .hintBack: "terug",
        .hintChange: "wijzigen",
        .hintLogOut: "afmelden",

        .idleWarningTitle: "Nog daar?",
        .idleWarning: "Je wordt over {seconds} seconden afgemeld. Druk op een toets om te blijven.",
        .tooSmall: "Scherm te klein",
        .tooSmallNeeded: "Nodig: {size}",

        .storeNotWritable: "De kiosk kan nu niets bewaren. Verwittig een personeelslid.",
        .storeUnavailable: "De kiosk kan zijn gegevens nu niet lezen. Verwittig een personeelslid.",
    ]
}

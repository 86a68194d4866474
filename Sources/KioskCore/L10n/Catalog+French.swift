extension Catalog {
    static let french: [MessageKey: String] = [
        .appName: "Kiosque",

        .loginWelcome: "Bienvenue",
        .loginPrompt: "Connectez-vous avec votre numéro et votre code PIN.",
        .loginLanguage: "Langue",
        .loginNumber: "Numéro",
        .loginPIN: "Code PIN",
        .loginMissingFields: "Tapez votre numéro et votre code PIN.",
        .loginWrongCredentials: "Numéro ou code PIN incorrect.",
        .loginTooSoon: "Trop d'essais. Réessayez à {time}.",
        .loginLocked: "Ce compte est bloqué. Adressez-vous au personnel.",
        .loginIdleLoggedOut: "Vous avez été déconnecté après une période d'inactivité.",

        .homeTitle: "Accueil",
        .homeGreeting: "Bonjour, {name}",
        .homeAnnouncements: "Annonces",
        .homeNoAnnouncements: "Aucune annonce.",
        .homeUnread: "{count} nouveau(x)",
        .menuCourses: "Formations",
        .menuJobSites: "Sites d'emploi",
        .menuPress: "Presse",
        .menuRequests: "Demandes aux services",
        .menuSettings: "Réglages",
        .menuLogout: "Se déconnecter",

        .sectionEmpty: "Rien ici pour l'instant.",

        .settingsTitle: "Réglages",
        .settingsLanguage: "Langue",
        .settingsTheme: "Thème",
        .settingsSaved: "Enregistré.",
        .themeDefault: "Standard",
        .themeHighContrast: "Contraste élevé",
        .themeMono: "Noir et blanc",

        .hintNextField: "champ suivant",
        .hintLogIn: "se connecter",
        .hintLanguage: "langue",
        .hintMove: "déplacer",
        .hintOpen: "ouvrir",
        .hintBack: "retour",
        .hintChange: "changer",
        .hintLogOut: "déconnexion",

        .idleWarningTitle: "Toujours là ?",
        .idleWarning: "Vous serez déconnecté dans {seconds} secondes. Appuyez sur une touche pour rester.",
        .tooSmall: "Écran trop petit",
        .tooSmallNeeded: "Il faut {size}",

        .storeNotWritable: "Le kiosque ne peut pas enregistrer pour le moment. Prévenez le personnel.",
        .storeUnavailable: "Le kiosque ne peut pas lire ses données pour le moment. Prévenez le personnel.",
    ]
}

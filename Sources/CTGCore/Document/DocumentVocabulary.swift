extension DocumentParser {
    /// The bits of French the parser needs to tell an item's first word from the middle of
    /// a sentence. Small on purpose: a word missing here means "do not split", the safe side.
    enum Vocabulary {
        /// Words after which a capitalised word is still inside the same phrase ("un Lieu…").
        static let linkWords: Set<String> = [
            "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "au", "aux", "a", "et", "ou", "en",
            "par", "pour", "sur", "avec", "dans", "entre", "vers", "chez", "sans", "sous", "son", "sa", "ses",
            "leur", "leurs", "ce", "cet", "cette", "ces", "notre", "nos", "votre", "vos", "via", "dont", "que", "qui",
        ]

        /// Nouns that open an indicator or a result in CTG fiches.
        static let itemNouns: Set<String> = [
            "nombre", "participation", "participations", "retour", "retours", "creation", "visibilite",
            "augmentation", "frequentation", "evolution", "utilisation", "relais", "lancement", "nivellement",
            "tenue", "existence", "mise", "diversite", "meilleure", "perennite", "rencontre", "rencontres",
            "facilite", "taux", "satisfaction", "developpement", "amelioration", "reduction", "baisse", "hausse",
            "maintien", "mobilisation", "implication", "connaissance", "sollicitations", "sollicitation", "devis",
        ]

        /// -er / -ir words that are nouns or adjectives, not verbs.
        private static let notVerbs: Set<String> = [
            "premier", "dernier", "atelier", "metier", "foyer", "loisir", "avenir", "plaisir", "desir", "dossier",
            "calendrier", "financier", "conseiller", "cahier", "quartier", "chantier", "fichier", "papier",
            "courrier", "janvier", "fevrier", "hier", "super", "laser", "poster", "manager", "leader", "particulier",
            "entier", "familier", "regulier", "singulier", "collier", "escalier", "panier", "pilier", "sentier",
            "soir", "espoir", "miroir", "trottoir", "tiroir", "comptoir",
            "mer", "fer", "hiver", "cancer", "ver", "cher", "fier", "amer",
        ]

        private static let reVerbs: Set<String> = [
            "faire", "mettre", "permettre", "remettre", "promettre", "connaitre", "reconnaitre", "prendre",
            "apprendre", "comprendre", "entreprendre", "reprendre", "produire", "construire", "reduire", "conduire",
            "introduire", "traduire", "instruire", "rendre", "etendre", "entendre", "attendre", "defendre",
            "repondre", "vendre", "inscrire", "decrire", "ecrire", "etre", "vivre", "suivre", "poursuivre", "lire",
            "dire", "elire", "accroitre", "croitre", "paraitre", "combattre", "battre", "plaire", "resoudre",
            "dissoudre", "joindre", "rejoindre", "atteindre", "peindre", "craindre", "convaincre", "vaincre",
        ]

        /// "Organiser", "Sécuriser", "Promouvoir", "Mettre", "S'appuyer".
        static func isInfinitive(_ raw: String) -> Bool {
            let w = Text.fold(Text.firstWord(raw))
            guard w.count >= 4, w.allSatisfy(\.isLetter) else { return false }
            if reVerbs.contains(w) { return true }
            if notVerbs.contains(w) { return false }
            return w.hasSuffix("er") || w.hasSuffix("ir")
        }
    }
}

/// Follow-up status of a sous-action. Raw values are stored in the database: never rename them.
///
/// Declaration order is the workflow order, used for legends, counts and tables.
public enum SubActionStatus: String, Codable, CaseIterable, Hashable, Sendable {
    case a_venir
    case en_cours
    case en_pause
    case en_retard
    case realise
    case abandonne

    public var label: String {
        switch self {
        case .a_venir: "à venir"
        case .en_cours: "en cours"
        case .en_pause: "en pause"
        case .en_retard: "en retard"
        case .realise: "réalisé"
        case .abandonne: "abandonné"
        }
    }

    /// Fill colour for bars and swatches.
    ///
    /// Every colour has a contrast ratio of at least 5:1 against white, so white
    /// text can sit on it and the fill stands out on paper. Hues follow the
    /// Okabe–Ito families (blue, bluish green, vermillion, purple, greys) that stay
    /// apart for deuteranopes; renderers still add text and patterns because two
    /// of them (blue / bluish green) get close for some readers.
    public var color: String {
        switch self {
        case .a_venir: "#5F6B7A"
        case .en_cours: "#0067A5"
        case .en_pause: "#7B4FA0"
        case .en_retard: "#B84A00"
        case .realise: "#00755A"
        case .abandonne: "#3B3B3B"
        }
    }

    /// Share of the work considered done, or nil when the sous-action leaves the averages.
    ///
    /// - `en_pause` keeps 0.5: only started work can be paused, and a pause does not
    ///   undo it. Dropping to 0 would make the convention's progress fall each time
    ///   a partner suspends an action, which misreports what was done.
    /// - `abandonne` is nil: abandoning is a committee decision, not a failure (0)
    ///   nor a completion (1), so the sous-action leaves the denominator.
    /// - `en_retard` is 0.25 only when someone *recorded* it by hand: we then do not
    ///   know whether work started, so it sits between "à venir" and "en cours".
    ///   When lateness is *derived* (see `Lateness`), progress comes from the
    ///   underlying recorded status instead: being late is a schedule judgement,
    ///   not a measure of work done.
    public var progress: Double? {
        switch self {
        case .a_venir: 0
        case .en_cours: 0.5
        case .en_pause: 0.5
        case .en_retard: 0.25
        case .realise: 1
        case .abandonne: nil
        }
    }

    /// Statuses that close a sous-action: they are never reported late.
    public var isClosed: Bool { self == .realise || self == .abandonne }
}

/// Assessment of an expected result ("résultat attendu") for one year.
public enum ExpectedResultStatus: String, Codable, CaseIterable, Hashable, Sendable {
    case atteint
    case partiellement
    case non_atteint
    case non_evalue

    public var label: String {
        switch self {
        case .atteint: "atteint"
        case .partiellement: "partiellement atteint"
        case .non_atteint: "non atteint"
        case .non_evalue: "non évalué"
        }
    }
}

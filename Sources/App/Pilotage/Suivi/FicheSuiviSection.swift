import CTGCore

/// The fiche page's follow-up block (`suivi-fiche.leaf`): statuses per year,
/// progress, and for those who may edit, the status and calendar forms; then
/// the "Historique" of the fiche for signed-in users of its territory.
struct FicheSuiviSection: Encodable, Sendable {
    struct Option: Encodable, Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    struct YearCell: Encodable, Sendable {
        var year: Int
        var planned: Bool
        /// Status recorded for that very year, if any.
        var status: String?
    }

    struct StatusFormView: Encodable, Sendable {
        var action: String
        var years: [Option]
        var statuses: [Option]
        var comment: String
        var date: String
        var today: String
    }

    struct CalendarBox: Encodable, Sendable {
        var year: Int
        var checked: Bool
    }

    struct Row: Encodable, Sendable {
        var id: Int
        var anchor: String
        var code: String
        var title: String
        /// Effective status (lateness applied), label and raw value (CSS class).
        var status: String
        var statusKey: String
        var lateNote: String?
        /// Comment and French date of the entry the status comes from (signed-in readers only).
        var comment: String?
        var date: String?
        var progress: ProgressBar
        var years: [YearCell]
        var plannedYears: String
        var statusForm: StatusFormView?
        var calendarAction: String?
        /// The sous-action's budget page, for signed-in readers (issue 13).
        var budgetHref: String?
        var calendarBoxes: [CalendarBox]
        /// French messages of a refused form for this row, and which form ("statut" or "calendrier").
        var errors: [String]
        var errorForm: String?
    }

    struct HistoryRow: Encodable, Sendable {
        var date: String
        var author: String
        var subject: String
        var summary: String
        var before: String?
        var after: String?
    }

    var progress: ProgressBar
    var currentYear: Int
    /// "Avancement de la fiche en 2024", or the final one once the convention has ended.
    var progressHeading: String
    /// "situation en 2024", "situation finale, fin 2025".
    var situation: String
    var years: [Int]
    var canEdit: Bool
    var showComments: Bool
    var notice: String?
    var rows: [Row]
    /// Nil for the public: the tab is not shown at all.
    var history: [HistoryRow]?
    var weightsHref: String?
    /// For a signed-in user who may not edit the fiche: whose fiche it is (issue 13 §4).
    var responsibleNote: String? = nil
}

/// A refused form, shown again on the fiche with its messages and the values typed.
struct SuiviDraft: Sendable {
    enum Form: Sendable {
        case status(StatusForm)
        case calendar(CalendarForm)
    }

    var sousActionID: Int
    var form: Form
    var errors: [String]
}

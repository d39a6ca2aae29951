@testable import CTGCore

/// 2 axes, 3 actions, 5 sous-actions, 2 indicators. Expected numbers are worked
/// out by hand in `BilanBuilderTests`.
enum BilanFixture {
    static let plan = PlanSnapshot(axes: [
        PlanSnapshot.Axe(number: 1, title: "Accès aux droits & « parentalité »", weight: 2, objectives: [
            PlanSnapshot.Objective(number: 1, title: "Informer les familles", actions: [
                PlanSnapshot.Action(code: "1-1-1", title: "Guichet d'accueil", subActions: [
                    PlanSnapshot.SubAction(code: "1-1-1-A", title: "Ouvrir l'accueil", weight: 3, plannedYears: [2022, 2023],
                                           statusHistory: [.init(year: 2022, status: .en_cours),
                                                           .init(year: 2023, status: .realise, comment: "Ouvert en mai")]),
                    PlanSnapshot.SubAction(code: "1-1-1-B", title: "Former les agents", weight: 1, plannedYears: [2022],
                                           statusHistory: [.init(year: 2022, status: .en_cours, comment: "Démarrage")]),
                ]),
                PlanSnapshot.Action(code: "1-1-2", title: "Ateliers parents-enfants", subActions: [
                    PlanSnapshot.SubAction(code: "1-1-2-A", title: "Programmer les ateliers", plannedYears: [2024, 2025],
                                           statusHistory: [
                                               .init(year: 2024, date: PilotageDate(year: 2024, month: 9, day: 1), status: .en_pause,
                                                     comment: "Local indisponible"),
                                               .init(year: 2024, date: PilotageDate(year: 2024, month: 3, day: 1), status: .en_cours),
                                           ]),
                ], indicators: [
                    IndicatorSeries(label: "Nombre d'ateliers", kind: .count, targets: [2024: 10], measurements: [
                        IndicatorMeasurement(value: 4, year: 2023),
                        IndicatorMeasurement(value: 9, year: 2024, date: PilotageDate(year: 2024, month: 12, day: 31)),
                        IndicatorMeasurement(value: 6, year: 2024, date: PilotageDate(year: 2024, month: 6, day: 30)),
                    ]),
                ]),
            ]),
        ]),
        PlanSnapshot.Axe(number: 2, title: nil, objectives: [
            PlanSnapshot.Objective(number: 1, title: "Animer la vie locale", actions: [
                PlanSnapshot.Action(code: "2-1-1", title: "Animation du centre social", subActions: [
                    PlanSnapshot.SubAction(code: "2-1-1-A", title: "Créer un comité d'usagers", plannedYears: [],
                                           statusHistory: [.init(year: 2023, status: .en_cours),
                                                           .init(year: 2024, status: .abandonne, comment: "Faute de financement")]),
                    PlanSnapshot.SubAction(code: nil, title: "Fête de quartier", plannedYears: [2023, 2024],
                                           statusHistory: [.init(year: 2023, status: .en_cours)]),
                ], indicators: [
                    IndicatorSeries(label: "Taux de satisfaction", kind: .rate, targets: [2023: 80, 2024: 80], measurements: [
                        IndicatorMeasurement(value: 75, year: 2023), IndicatorMeasurement(value: 82.5, year: 2024),
                    ]),
                ], expectedResults: [
                    PlanSnapshot.ExpectedResult(text: "Hausse de la fréquentation", assessments: [
                        .init(year: 2024, status: .partiellement, comment: "En progrès"),
                    ]),
                ]),
            ]),
        ]),
    ])
}

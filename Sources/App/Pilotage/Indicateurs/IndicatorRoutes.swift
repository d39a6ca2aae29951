import Vapor

/// Indicators and expected results: reading for every signed-in role; writes
/// check the fiche with `requireEdit` (coordinateur, référent responsable) and
/// CSRF with `CSRFMiddleware`.
enum IndicatorRoutes {
    static func register(on app: Application) {
        let signedIn = app.signedIn()
        signedIn.get(.indicators, use: IndicatorController.index)
        signedIn.get(.indicator(id: 0), use: IndicatorController.show)
        signedIn.post(.indicatorMeasurements(id: 0), use: IndicatorEditController.addMeasurement)
        signedIn.get(.indicatorMeasurementRemoval(indicatorID: 0, measurementID: 0), use: IndicatorEditController.confirmRemoval)
        signedIn.post(.indicatorMeasurementRemoval(indicatorID: 0, measurementID: 0), use: IndicatorEditController.removeMeasurement)
        signedIn.get(.indicatorMeasurementEdit(indicatorID: 0, measurementID: 0), use: MeasurementEdit.show)
        signedIn.post(.indicatorMeasurementEdit(indicatorID: 0, measurementID: 0), use: MeasurementEdit.save)
        signedIn.post(.indicatorSettings(id: 0), use: IndicatorEditController.saveSettings)
        signedIn.post(.expectedResultAssessment(code: "", position: 0), use: ExpectedResultController.assess)
        signedIn.get(.expectedResultAssessmentEdit(code: "", position: 0, assessmentID: 0), use: AssessmentEdit.show)
        signedIn.post(.expectedResultAssessmentEdit(code: "", position: 0, assessmentID: 0), use: AssessmentEdit.save)
    }
}

import Vapor

/// The French sentence for each HTTP error Vapor or the router can produce
/// on its own (a `AppError` carries its own sentence instead). Vapor's English
/// reason, such as a decoder's "Value was not of type 'String' at path 'comment'",
/// is never shown: it goes to the log.
enum HTTPStatusMessage {
    static func french(_ status: HTTPResponseStatus) -> String {
        switch status.code {
        case 400: return "La requête est invalide : une valeur envoyée n'a pas pu être lue. Vérifiez le formulaire et réessayez."
        case 401: return "Veuillez vous connecter pour accéder à cette page."
        case 403: return "Vous n'avez pas les droits nécessaires pour cette action."
        case 404: return "Cette page n'existe pas."
        case 405: return "Cette adresse n'accepte pas ce type de requête (méthode HTTP non autorisée)."
        case 406: return "Le format de réponse demandé n'est pas disponible."
        case 408: return "La requête a mis trop de temps à arriver. Veuillez réessayer."
        case 409: return "Cette action entre en conflit avec l'état actuel des données. Rechargez la page et réessayez."
        case 410: return "Cette page n'existe plus."
        case 411: return "La requête doit indiquer la taille de son contenu."
        case 413: return "Le contenu envoyé est trop volumineux."
        case 414: return "L'adresse demandée est trop longue."
        case 415: return "Ce type de contenu n'est pas accepté : envoyez le formulaire depuis la page du site."
        case 416: return "La plage demandée n'est pas disponible pour ce fichier."
        case 422: return "Les données envoyées ne peuvent pas être traitées. Vérifiez le formulaire et réessayez."
        case 429: return "Trop de tentatives. Veuillez patienter avant de réessayer."
        case 431: return "Les en-têtes de la requête sont trop volumineux."
        case 501: return "Cette fonction n'est pas disponible sur ce serveur."
        case 503: return "Le service est momentanément indisponible. Veuillez réessayer dans quelques instants."
        case 400..<500: return "La requête ne peut pas être traitée."
        default: return "Une erreur interne est survenue. Veuillez réessayer plus tard."
        }
    }
}

/// The one check of an e-mail address, for `ctg user create` and the accounts page alike.
///
/// Deliberately plain: what people type for a work address (`prenom.nom@caf.fr`, or with
/// accents, which internationalised mail allows), not every form RFC 5322 allows (quoted
/// local parts, IP literals), which no one here needs and which would let typing mistakes through.
public enum EmailAddress {
    /// RFC 5321's limits: 64 characters before the `@`, 254 in all.
    public static let maxLength = 254
    public static let maxLocalLength = 64

    /// The French refusal, or nil when `address` (already trimmed and lower-cased) is an address.
    public static func problem(_ address: String) -> String? {
        let shown = address.count > 80 ? String(address.prefix(80)) + "…" : address
        let invalid = "L'adresse e-mail « \(shown) » n'est pas valide."
        guard address.utf8.count <= maxLength else {
            return invalid + " Elle dépasse \(maxLength) caractères."
        }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return invalid + " Elle doit contenir un seul « @ »." }
        let local = parts[0], domain = parts[1]
        guard !local.isEmpty, local.utf8.count <= maxLocalLength,
              local.allSatisfy(isLocalCharacter), !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..") else {
            return invalid + " La partie avant « @ » contient un caractère interdit ou un point mal placé."
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy(isDomainLabel),
              let top = labels.last, top.count >= 2, top.allSatisfy(\.isLetter) else {
            return invalid + " Le domaine après « @ » doit ressembler à « exemple.fr »."
        }
        return nil
    }

    private static func isLocalCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || (c.isASCII && "!#$%&'*+/=?^_`{|}~.-".contains(c))
    }

    /// Letters (of any script: internationalised domains), digits and inner hyphens, 63 characters at most (RFC 1035).
    private static func isDomainLabel(_ label: Substring) -> Bool {
        !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
            && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
    }
}

import Testing
@testable import CTGCore
@Test func placeholderCore() { #expect(Bool(true)) }

import Testing
@testable import MTMLexicon

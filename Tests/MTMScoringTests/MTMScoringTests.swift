import Testing
@testable import MTMScoring

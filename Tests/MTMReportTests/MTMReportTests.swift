import Testing
@testable import MTMReport

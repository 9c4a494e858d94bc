import Testing
@testable import MTMRanking

import Testing
@testable import MTMIngest

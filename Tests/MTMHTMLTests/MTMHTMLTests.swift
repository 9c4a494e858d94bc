import Testing
@testable import MTMHTML

import Testing
@testable import MTMAggregate

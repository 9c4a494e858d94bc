import Testing
@testable import MTMScrape

import MTMRecord

extension Scraper {
    /// The page's reviews as records: `id` is `site:page id` when the page gives one, else `source#n`.
    public static func records(for report: PageReport) -> [FeedbackRecord] {
        report.reviews.enumerated().map { index, review in
            let id: String
            if let pageID = review.pageID, !pageID.isEmpty {
                id = "\(report.site ?? report.source):\(pageID)"
            } else {
                id = "\(report.source)#\(index + 1)"
            }
            var scale: RatingScale?
            if review.rating != nil || review.bestRating != nil {
                let best = review.bestRating ?? 5
                let worst = review.worstRating ?? (best > 1 ? 1 : 0)
                scale = best > worst ? RatingScale(lower: worst, upper: best) : nil
            }
            return FeedbackRecord(id: id, source: report.source, text: review.text, title: review.title,
                                  rating: review.rating, ratingScale: scale, date: review.date,
                                  site: report.site, method: report.method?.description, author: review.author)
        }
    }
}

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import MTMRecord

/// A fetched page: its bytes, the URL it finally came from (after redirects) and the charset the server named.
struct FetchedPage {
    var bytes: [UInt8]
    var url: URL
    var status: Int
    var charset: String?
    /// The server's `Content-Type` media type (`text/html`), when it sent one.
    var mimeType: String?
}

/// HTTP(S) GET with URLSession (FoundationNetworking on Linux), one request at a time, synchronously: a
/// descriptive User-Agent, a timeout, a size limit enforced while the body streams in (the transfer is cancelled
/// once it passes the limit), redirects only to http(s), no cookies. Call `close()` when done.
final class PageFetcher: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let limit: Int
    private var session: URLSession!
    private let lock = NSLock()
    private var body: [UInt8] = []
    private var response: HTTPURLResponse?
    private var failure: String?
    private var done = DispatchSemaphore(value: 0)

    init(options: ScrapeOptions) {
        self.limit = options.maxPageBytes
        super.init()
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = options.timeout
        configuration.timeoutIntervalForResource = options.timeout * 4
        configuration.httpAdditionalHeaders = ["User-Agent": options.userAgent,
                                               "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"]
        configuration.httpCookieAcceptPolicy = .never
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        session = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
    }

    func close() {
        session.invalidateAndCancel()
    }

    /// Fetches `url`, or throws a finding saying why not.
    func fetch(_ url: URL) throws(Finding) -> FetchedPage {
        lock.lock()
        body = []
        response = nil
        failure = nil
        done = DispatchSemaphore(value: 0)
        let semaphore = done
        lock.unlock()
        session.dataTask(with: url).resume()
        semaphore.wait()
        lock.lock()
        defer { lock.unlock() }
        if let failure {
            throw Finding(.error, code: failure.hasPrefix("page-too-large") ? "page-too-large" : "fetch-failed",
                          source: url.absoluteString, message: failure,
                          hint: failure.hasPrefix("page-too-large") ? "raise --max-page-bytes if the page is genuine"
                              : "check the URL and the network; --timeout sets the wait")
        }
        guard let response, let finalURL = response.url else {
            throw Finding(.error, code: "fetch-failed", source: url.absoluteString, message: "no HTTP response")
        }
        return FetchedPage(bytes: body, url: finalURL, status: response.statusCode,
                           charset: response.textEncodingName, mimeType: response.mimeType?.lowercased())
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        lock.lock()
        self.response = response as? HTTPURLResponse
        let tooLarge = response.expectedContentLength > Int64(limit)
        if tooLarge { failure = "page-too-large: the server announces \(response.expectedContentLength) bytes, over the limit of \(limit)" }
        lock.unlock()
        completionHandler(tooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        body.append(contentsOf: data)
        let over = body.count > limit
        if over { failure = "page-too-large: the page passed the limit of \(limit) bytes while downloading" }
        lock.unlock()
        if over { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        let scheme = request.url?.scheme?.lowercased()
        completionHandler(scheme == "http" || scheme == "https" ? request : nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.lock()
        if let error, failure == nil { failure = error.localizedDescription }
        let semaphore = done
        lock.unlock()
        semaphore.signal()
    }
}

import Dispatch

/// Runs blocking libcurl work on threads of its own, so a slow mail server never holds a thread of Swift's
/// cooperative pool; the awaiting task resumes when the work ends. Cancelling the task stops the transfer at
/// libcurl's next progress check (about a second) with `CurlError.isCancelled`.
enum CurlTransfer {
    private static let queue = DispatchQueue(label: "slotkeeper.curl", attributes: .concurrent)

    /// Runs `work` off the cooperative pool; `work` gets the cancellation to hand to the handles it performs.
    static func run<T: Sendable>(_ work: @escaping @Sendable (CurlCancellation) -> Result<T, CurlError>) async throws(CurlError) -> T {
        let cancellation = CurlCancellation()
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Result<T, CurlError>, Never>) in
                queue.async { continuation.resume(returning: work(cancellation)) }
            }
        } onCancel: {
            cancellation.cancel()
        }
        return try result.get()
    }
}

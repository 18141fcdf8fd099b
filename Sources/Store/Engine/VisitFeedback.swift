import BookingCore
import Foundation

/// A client's answer to "how was your visit?".
public struct VisitFeedback: Hashable, Sendable {
    public var appointmentID: AppointmentID
    public var clientID: ClientID
    public var staffID: StaffID
    /// 1–5; nil when the client answered in words only.
    public var score: Int?
    public var comment: String
    public var at: Date

    public init(appointmentID: AppointmentID, clientID: ClientID, staffID: StaffID, score: Int?, comment: String, at: Date) {
        self.appointmentID = appointmentID
        self.clientID = clientID
        self.staffID = staffID
        self.score = score
        self.comment = comment
        self.at = at
    }
}

import Foundation

/// Events played from a list (unit tests, demos without udev): `coldplug` devices first,
/// then whatever `send` is given.
public final class ScriptedEvents: DeviceEvents, @unchecked Sendable {
    let coldplug: [DeviceEvent]
    let queue = DispatchQueue(label: "stickler.scripted-events")
    var handler: (@Sendable (DeviceEvent) -> Void)?

    public init(coldplug: [DeviceEvent] = []) { self.coldplug = coldplug }

    public func start(_ handler: @escaping @Sendable (DeviceEvent) -> Void) throws {
        queue.sync { self.handler = handler }
        for var event in coldplug {
            event.action = .coldplug
            send(event)
        }
    }

    public func send(_ event: DeviceEvent) {
        queue.async { self.handler?(event) }
    }

    /// Waits until every event sent so far has been handed over.
    public func drain() { queue.sync {} }

    public func stop() { queue.sync { handler = nil } }
}

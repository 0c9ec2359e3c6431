/// A source of block-device events: `UdevEvents` (real libudev) or `ScriptedEvents` (tests).
public protocol DeviceEvents: AnyObject {
    /// Delivers coldplug events for the devices present, then live events, on a background
    /// thread, in order, until `stop()`.
    func start(_ handler: @escaping @Sendable (DeviceEvent) -> Void) throws
    func stop()
}

import Foundation
internal import CUdev

/// Why libudev could not be used.
public struct UdevError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { "libudev: \(message)" }
}

/// The real event source: a libudev "udev" monitor on the block subsystem (events after
/// udev's rules ran, so they carry ID_FS_* and rule properties), started before the
/// coldplug enumeration so that nothing between the two is missed.
public final class UdevEvents: DeviceEvents, @unchecked Sendable {
    var udev: OpaquePointer?
    var monitor: OpaquePointer?
    var thread: Thread?
    let stopPipe: [Int32]
    let lock = NSLock()
    var stopped = false

    public init() throws {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw UdevError(message: "pipe: \(String(cString: strerror(errno)))") }
        stopPipe = fds
    }

    deinit {
        if let monitor { udev_monitor_unref(monitor) }
        if let udev { udev_unref(udev) }
        close(stopPipe[0])
        close(stopPipe[1])
    }

    public func start(_ handler: @escaping @Sendable (DeviceEvent) -> Void) throws {
        guard let udev = udev_new() else { throw UdevError(message: "udev_new failed") }
        self.udev = udev
        guard let monitor = udev_monitor_new_from_netlink(udev, "udev") else {
            throw UdevError(message: "cannot open the udev netlink monitor")
        }
        self.monitor = monitor
        udev_monitor_filter_add_match_subsystem_devtype(monitor, "block", nil)
        _ = udev_monitor_set_receive_buffer_size(monitor, 8 << 20)
        guard udev_monitor_enable_receiving(monitor) == 0 else { throw UdevError(message: "cannot receive udev events") }

        let coldplug = enumerate(udev)
        let thread = Thread { [self] in
            for event in coldplug { handler(event) }
            if let monitor = self.monitor { loop(monitor, handler) }
        }
        thread.name = "stickler-udev"
        self.thread = thread
        thread.start()
    }

    public func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
        var byte: UInt8 = 1
        _ = write(stopPipe[1], &byte, 1)
    }

    func loop(_ monitor: OpaquePointer, _ handler: @escaping @Sendable (DeviceEvent) -> Void) {
        let fd = udev_monitor_get_fd(monitor)
        while true {
            var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: stopPipe[0], events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, -1)
            if ready < 0 && errno == EINTR { continue }
            if ready < 0 || fds[1].revents != 0 { return }
            guard let device = udev_monitor_receive_device(monitor) else { continue }
            defer { udev_device_unref(device) }
            let actionName = udev_device_get_action(device).map { String(cString: $0) } ?? "change"
            guard let action = DeviceEvent.Action(rawValue: actionName) else { continue }
            handler(Self.event(device, action: action))
        }
    }

    func enumerate(_ udev: OpaquePointer) -> [DeviceEvent] {
        guard let enumerate = udev_enumerate_new(udev) else { return [] }
        defer { udev_enumerate_unref(enumerate) }
        udev_enumerate_add_match_subsystem(enumerate, "block")
        udev_enumerate_scan_devices(enumerate)
        var events: [DeviceEvent] = []
        var entry = udev_enumerate_get_list_entry(enumerate)
        while let current = entry {
            if let path = udev_list_entry_get_name(current), let device = udev_device_new_from_syspath(udev, path) {
                events.append(Self.event(device, action: .coldplug))
                udev_device_unref(device)
            }
            entry = udev_list_entry_get_next(current)
        }
        return events
    }

    static func event(_ device: OpaquePointer, action: DeviceEvent.Action) -> DeviceEvent {
        func string(_ pointer: UnsafePointer<CChar>?) -> String? { pointer.map { String(cString: $0) } }
        var properties: [String: String] = [:]
        var entry = udev_device_get_properties_list_entry(device)
        while let current = entry {
            if let name = string(udev_list_entry_get_name(current)) { properties[name] = string(udev_list_entry_get_value(current)) ?? "" }
            entry = udev_list_entry_get_next(current)
        }
        let devtype = string(udev_device_get_devtype(device))
        var parentName: String?
        var removable = string(udev_device_get_sysattr_value(device, "removable")) == "1"
        if devtype == "partition", let parent = udev_device_get_parent_with_subsystem_devtype(device, "block", "disk") {
            parentName = string(udev_device_get_sysname(parent))
            removable = removable || string(udev_device_get_sysattr_value(parent, "removable")) == "1"
        }
        return DeviceEvent(action: action, name: string(udev_device_get_sysname(device)) ?? "?",
                           devnode: string(udev_device_get_devnode(device)), devtype: devtype, parent: parentName,
                           removableAttribute: removable, properties: properties)
    }
}

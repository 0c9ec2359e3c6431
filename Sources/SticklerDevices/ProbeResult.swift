/// What `Prober` found on a device or image: its partition table and its volumes.
public struct ProbeResult: Codable, Sendable, Equatable {
    public var path: String
    public var size: Int
    /// `dos`, `gpt`, ... or nil for a whole-disk filesystem (or nothing recognisable).
    public var partitionTable: String?
    public var volumes: [Volume]

    public init(path: String, size: Int, partitionTable: String?, volumes: [Volume]) {
        self.path = path
        self.size = size
        self.partitionTable = partitionTable
        self.volumes = volumes
    }

    /// The strongest statement about the whole device: recognised encryption only if every
    /// volume with content has it.
    public var encryption: Encryption {
        let kinds = volumes.map(\.encryption)
        if kinds.isEmpty { return .none }
        if kinds.contains(.unknown) { return .unknown }
        if kinds.allSatisfy(\.isRecognised) { return kinds[0] }
        return .none
    }

    enum CodingKeys: String, CodingKey {
        case path, size, partitionTable = "partition_table", volumes
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(size, forKey: .size)
        try container.encode(partitionTable, forKey: .partitionTable)
        try container.encode(volumes, forKey: .volumes)
    }
}

/// One volume: a partition, or the whole device when it has no partition table.
public struct Volume: Codable, Sendable, Equatable {
    /// Byte offset from the start of the device, and length in bytes.
    public var offset: Int
    public var size: Int
    /// Partition number (1-based), nil for a whole-disk volume.
    public var partition: Int?
    /// The partition type (`0xc`, a GPT type GUID), nil for a whole-disk volume.
    public var partitionType: String?
    /// libblkid TYPE: `vfat`, `exfat`, `ntfs`, `ext4`, `crypto_LUKS`, `BitLocker`, ...
    public var filesystem: String?
    /// libblkid USAGE: `filesystem`, `crypto`, `raid`, `other`.
    public var usage: String?
    public var version: String?
    public var label: String?
    public var uuid: String?
    public var encryption: Encryption

    public init(offset: Int, size: Int, partition: Int? = nil, partitionType: String? = nil, filesystem: String?,
                usage: String?, version: String? = nil, label: String? = nil, uuid: String? = nil, encryption: Encryption) {
        self.offset = offset
        self.size = size
        self.partition = partition
        self.partitionType = partitionType
        self.filesystem = filesystem
        self.usage = usage
        self.version = version
        self.label = label
        self.uuid = uuid
        self.encryption = encryption
    }

    enum CodingKeys: String, CodingKey {
        case offset, size, partition, partitionType = "partition_type", filesystem, usage, version, label, uuid, encryption
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(offset, forKey: .offset)
        try c.encode(size, forKey: .size)
        try c.encode(partition, forKey: .partition)
        try c.encode(partitionType, forKey: .partitionType)
        try c.encode(filesystem, forKey: .filesystem)
        try c.encode(usage, forKey: .usage)
        try c.encode(version, forKey: .version)
        try c.encode(label, forKey: .label)
        try c.encode(uuid, forKey: .uuid)
        try c.encode(encryption, forKey: .encryption)
    }
}

import GRDB
import SticklerCrypto

/// Walks every chained row in `seq` order and reports the first broken link:
/// - edited: HMAC(key, canonical row) differs from the stored `mac`;
/// - reordered: `prev_mac` names a row that exists but is not the one before it;
/// - deleted: `prev_mac` names no row, and no purge anchor bridges the gap;
/// - truncated: the keyed head does not name the last row.
/// A purge gap is accepted only when a chained `purge_gaps` row records both the MAC
/// before the gap and the last MAC inside it.
struct ChainVerifier {
    struct Entry {
        var table: String
        var id: Int64
        var seq: Int64
        var prev: String
        var mac: String
        var valid: Bool
    }

    struct Gap {
        var fromSeq: Int64
        var toSeq: Int64
        var beforeMAC: String
        var lastMAC: String
    }

    let key: [UInt8]

    func verify(_ db: Database) throws -> ChainReport {
        var entries: [Entry] = []
        var gaps: [Gap] = []
        for table in AuditSchema.chainedTables {
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \(table)")
            while let row = try rows.next() {
                let mac: String = row["mac"] ?? ""
                let expected = Digest.hmacSHA256(key: key, message: Canonical.bytes(table: table, row: row)).hex
                entries.append(Entry(table: table, id: row["id"], seq: row["seq"], prev: row["prev_mac"] ?? "",
                                     mac: mac, valid: expected == mac))
                // Only an anchor with a valid MAC can bridge a gap; a forged one is itself reported.
                if table == "purge_gaps" && expected == mac {
                    gaps.append(Gap(fromSeq: row["from_seq"], toSeq: row["to_seq"], beforeMAC: row["before_mac"],
                                    lastMAC: row["last_mac"]))
                }
            }
        }
        entries.sort { $0.seq < $1.seq }
        var byMAC: [String: Entry] = [:]
        for entry in entries { byMAC[entry.mac] = entry }

        var report = ChainReport(rows: entries.count, anchoredGaps: 0, firstBreak: nil)
        var previous: Entry?
        for entry in entries {
            let where_ = "\(entry.table) row \(entry.id) (seq \(entry.seq))"
            if !entry.valid {
                report.firstBreak = ChainBreak(kind: .edited, table: entry.table, id: entry.id, seq: entry.seq,
                    message: "edited row: \(where_) does not match its MAC; it was changed (or added) after the trail was written")
                return report
            }
            let previousMAC = previous?.mac ?? ""
            if entry.prev != previousMAC {
                let after = previous.map { "\($0.table) row \($0.id) (seq \($0.seq))" } ?? "the start of the trail"
                if let used = bridge(from: previousMAC, to: entry.prev, after: previous?.seq ?? 0, before: entry.seq, gaps: gaps) {
                    report.anchoredGaps += used
                } else if let original = byMAC[entry.prev] {
                    report.firstBreak = ChainBreak(kind: .reordered, table: entry.table, id: entry.id, seq: entry.seq,
                        message: "reordered row: \(where_) was recorded after \(original.table) row \(original.id) "
                               + "(now seq \(original.seq)) but now follows \(after)")
                    return report
                } else {
                    report.firstBreak = ChainBreak(kind: .deleted, table: entry.table, id: entry.id, seq: entry.seq,
                        message: "deleted row: the row recorded before \(where_) is missing (it should follow \(after)); "
                               + "no purge anchor covers the gap")
                    return report
                }
            }
            previous = entry
        }
        let head = try Row.fetchOne(db, sql: "SELECT seq, mac, head_mac FROM chain_head WHERE id = 1")
        if let head {
            let seq: Int64 = head["seq"], mac: String = head["mac"], headMAC: String = head["head_mac"]
            let last = previous
            if headMAC != ChainAppender.headMAC(key: key, seq: seq, mac: mac) {
                report.firstBreak = ChainBreak(kind: .truncated, table: "chain_head", id: 1, seq: seq,
                    message: "edited head: the chain head does not match its MAC")
            } else if let last, last.mac == mac {
                return report
            } else if let used = bridge(from: last?.mac ?? "", to: mac, after: last?.seq ?? 0, before: Int64.max, gaps: gaps) {
                report.anchoredGaps += used
            } else {
                report.firstBreak = ChainBreak(kind: .truncated, table: last?.table ?? "", id: last?.id ?? 0,
                    seq: last?.seq ?? 0,
                    message: "deleted rows at the end: the head records seq \(seq) but the trail ends at "
                           + (last.map { "\($0.table) row \($0.id) (seq \($0.seq))" } ?? "nothing"))
            }
        } else if let last = previous {
            report.firstBreak = ChainBreak(kind: .truncated, table: last.table, id: last.id, seq: last.seq,
                message: "deleted head: the trail has \(entries.count) rows but no chain head")
        }
        return report
    }

    /// The number of purge anchors that lead from `from` to `to` (a later purge can remove
    /// rows next to an earlier gap, so anchors may chain), each gap lying between the two
    /// rows' positions; nil when none do.
    func bridge(from: String, to: String, after: Int64, before: Int64, gaps: [Gap]) -> Int? {
        var current = from
        var used = 0
        while used < gaps.count {
            guard let gap = gaps.first(where: { $0.beforeMAC == current && $0.fromSeq > after && $0.toSeq < before })
            else { return nil }
            used += 1
            if gap.lastMAC == to { return used }
            current = gap.lastMAC
        }
        return nil
    }
}

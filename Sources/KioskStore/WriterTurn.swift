import Foundation

/// The kiosk processes' queue for the write lock, first come first served, kept in the kernel
/// with open-file-description locks on a file beside the database (`<database>-writer`).
///
/// SQLite itself makes a writer that finds the lock taken try again later (`BusyWait`): with
/// many cells writing at once, hundreds of processes wake to try, the lock is often free while
/// they sleep, and a process that has just written often wins again. Here each writer draws a
/// ticket (a counter in the file's first 8 bytes, under a lock on them), holds the lock on its
/// ticket's byte, and waits for the lock on the byte of the ticket before it, which that writer
/// gives up when its transaction is over, or the kernel when it dies. Each release wakes one
/// waiter, the next in line.
///
/// The turn only orders writers that take it: SQLite's own lock still decides who writes, so a
/// writer without a turn (the `sqlite3` shell; a turn not had within `limit`, say behind a
/// stopped process; a file that cannot be opened) is safe, only slower.
struct WriterTurn: Sendable {
    /// The lock file.
    let path: String
    /// The longest wait for a turn before writing without one.
    let limit: TimeInterval

    init(databasePath: String, limit: TimeInterval = 2) {
        path = databasePath + "-writer"
        self.limit = limit
    }

    /// Runs `body` in this process's turn, or without a turn when there is none to have.
    func run<T>(_ body: () throws -> T) rethrows -> T {
        let turn = take()
        defer { if let turn { close(turn) } }
        return try body()
    }

    /// An open descriptor of the lock file whose locks make this process's turn (closing it
    /// ends the turn); nil when there is no turn to have.
    private func take() -> Int32? {
        #if os(Linux)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        switch TurnLocks.drawTicket(descriptor, waiting: false) {
        case .drawn(let ticket):
            if ticket == 0 || TurnLocks.tryLock(descriptor, byte: TurnLocks.byte(of: ticket - 1)) {
                return descriptor
            }
            return TurnWait(descriptor: descriptor) { TurnLocks.waitFor(descriptor, byte: TurnLocks.byte(of: ticket - 1)) }
                .wait(upTo: limit) ? descriptor : nil
        case .busy:
            // Another writer is drawing: draw on the waiting thread too, so that a writer
            // stopped while drawing holds nobody up for longer than `limit` either.
            return TurnWait(descriptor: descriptor) {
                guard case .drawn(let ticket) = TurnLocks.drawTicket(descriptor, waiting: true) else { return false }
                return ticket == 0 || TurnLocks.waitFor(descriptor, byte: TurnLocks.byte(of: ticket - 1))
            }.wait(upTo: limit) ? descriptor : nil
        case .refused:
            close(descriptor)
            return nil
        }
        #else
        return nil
        #endif
    }
}

#if os(Linux)
/// The byte-range locks of the turn file, held by an open file description (`F_OFD_*`): they
/// go with the descriptor's close, and two descriptors of one process exclude each other.
enum TurnLocks {
    private static let setLock: Int32 = 37        // F_OFD_SETLK
    private static let setLockWaiting: Int32 = 38 // F_OFD_SETLKW
    /// Where the tickets' bytes start, after the counter.
    private static let firstTicketByte: Int64 = 4096
    private static let ticketBytes: UInt64 = 1 << 40

    /// The byte whose lock stands for `ticket`.
    static func byte(of ticket: UInt64) -> Int64 {
        firstTicketByte + Int64(ticket % ticketBytes)
    }

    /// What drawing a ticket gave.
    enum Draw: Equatable {
        /// The ticket, whose byte this descriptor now holds.
        case drawn(UInt64)
        /// Another writer is drawing (only when not waiting).
        case busy
        /// The file refused: no turn to have.
        case refused
    }

    /// Takes the next ticket under the counter's lock, waiting for that lock or not, and locks
    /// the ticket's byte.
    static func drawTicket(_ descriptor: Int32, waiting: Bool) -> Draw {
        guard lock(descriptor, start: 0, length: 8, waiting: waiting) else {
            return !waiting && (errno == EAGAIN || errno == EACCES) ? .busy : .refused
        }
        defer { unlock(descriptor, start: 0, length: 8) }
        var counter: UInt64 = 0
        let read = withUnsafeMutableBytes(of: &counter) { pread(descriptor, $0.baseAddress, 8, 0) }
        let ticket = read == 8 ? UInt64(littleEndian: counter) : 0
        var next = (ticket &+ 1).littleEndian
        guard withUnsafeBytes(of: &next, { pwrite(descriptor, $0.baseAddress, 8, 0) }) == 8,
              lock(descriptor, start: byte(of: ticket), length: 1, waiting: false) else { return .refused }
        return .drawn(ticket)
    }

    /// Locks `byte` if nobody holds it, and gives it up again at once: whether its holder is done.
    static func tryLock(_ descriptor: Int32, byte: Int64) -> Bool {
        guard lock(descriptor, start: byte, length: 1, waiting: false) else { return false }
        unlock(descriptor, start: byte, length: 1)
        return true
    }

    /// Waits until `byte` is free, then gives it up again; false when the wait failed.
    static func waitFor(_ descriptor: Int32, byte: Int64) -> Bool {
        guard lock(descriptor, start: byte, length: 1, waiting: true) else { return false }
        unlock(descriptor, start: byte, length: 1)
        return true
    }

    /// Takes the write lock on `length` bytes from `start`; false when it is held (not
    /// waiting) or the file refuses.
    static func lock(_ descriptor: Int32, start: Int64, length: Int64, waiting: Bool) -> Bool {
        var request = flock()
        request.l_type = Int16(F_WRLCK)
        request.l_whence = Int16(SEEK_SET)
        request.l_start = off_t(start)
        request.l_len = off_t(length)
        var result: Int32
        repeat {
            result = fcntl(descriptor, waiting ? setLockWaiting : setLock, &request)
        } while result != 0 && errno == EINTR
        return result == 0
    }

    private static func unlock(_ descriptor: Int32, start: Int64, length: Int64) {
        var request = flock()
        request.l_type = Int16(F_UNLCK)
        request.l_whence = Int16(SEEK_SET)
        request.l_start = off_t(start)
        request.l_len = off_t(length)
        _ = fcntl(descriptor, setLock, &request)
    }
}

/// The wait for the writer before in line (and, when another was drawing, the draw), made on a
/// thread of its own so that the caller can stop waiting: the kernel's wait has no time limit.
/// A wait given up closes the descriptor once it ends, which passes the turn on.
private final class TurnWait: @unchecked Sendable {
    private let descriptor: Int32
    private let work: @Sendable () -> Bool
    private let condition = NSCondition()
    private var finished = false
    private var reached = false
    private var abandoned = false

    /// `work` waits until this descriptor's turn has come, or returns false when it cannot.
    init(descriptor: Int32, work: @escaping @Sendable () -> Bool) {
        self.descriptor = descriptor
        self.work = work
    }

    /// Whether the turn came within `limit` seconds; when not, the descriptor is no longer
    /// the caller's.
    func wait(upTo limit: TimeInterval) -> Bool {
        let thread = Thread { [self] in waitForTurn() }
        thread.stackSize = 64 * 1024
        thread.start()
        let deadline = Date(timeIntervalSinceNow: limit)
        condition.lock()
        defer { condition.unlock() }
        while !finished && condition.wait(until: deadline) {}
        if !finished { abandoned = true }
        return finished && reached
    }

    private func waitForTurn() {
        let reached = work()
        condition.lock()
        defer { condition.unlock() }
        finished = true
        self.reached = reached
        if abandoned || !reached { close(descriptor) }
        condition.signal()
    }
}
#endif

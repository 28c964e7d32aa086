#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCurses

/// A pseudo-terminal pair, so tests and benchmarks can run the real `CursesTerminal` on the
/// slave side and see exactly the bytes it writes (and type keys) on the master side.
public final class PseudoTerminal {
    /// The side a program uses as its terminal.
    public let slaveDescriptor: Int32
    /// The side that plays the user's terminal emulator (non-blocking).
    public private(set) var masterDescriptor: Int32

    public init(columns: Int, rows: Int) throws(TerminalError) {
        var master: Int32 = -1, slave: Int32 = -1
        guard cncurses_open_pty(Int32(rows), Int32(columns), &master, &slave) == 0 else {
            throw TerminalError("cannot open a pseudo-terminal")
        }
        self.masterDescriptor = master
        self.slaveDescriptor = slave
    }

    deinit {
        closeMaster()
        close(slaveDescriptor)
    }

    /// Reads everything the program has written so far.
    public func drain() -> [UInt8] {
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while masterDescriptor >= 0 {
            let n = buffer.withUnsafeMutableBytes { read(masterDescriptor, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            result.append(contentsOf: buffer[0..<n])
        }
        return result
    }

    /// Sends bytes as if typed (or pasted) by the user.
    public func send(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(masterDescriptor, $0.baseAddress, $0.count) }
    }

    /// Changes the window size the slave reports.
    public func resize(columns: Int, rows: Int) {
        _ = cncurses_set_fd_size(slaveDescriptor, Int32(rows), Int32(columns))
    }

    /// Closes the master side: the program sees a hang-up, like an SSH drop.
    public func closeMaster() {
        if masterDescriptor >= 0 {
            close(masterDescriptor)
            masterDescriptor = -1
        }
    }

    /// True when the slave is in cooked mode (ECHO and ICANON), i.e. the terminal was restored.
    public var slaveIsCooked: Bool { cncurses_fd_is_cooked(slaveDescriptor) == 1 }
}

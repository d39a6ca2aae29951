/// A progress bar for long commands, redrawn on one line (`\r`): "[#####·····] 500/2000 (25 %)".
public enum ProgressLine {
    public static func text(done: Int, total: Int, width: Int = 30) -> String {
        let share = total > 0 ? min(1, Double(done) / Double(total)) : 1
        let filled = Int((share * Double(width)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: "·", count: width - filled)
        return "\r[\(bar)] \(done)/\(total) (\(Int((share * 100).rounded(.down))) %)"
    }
}

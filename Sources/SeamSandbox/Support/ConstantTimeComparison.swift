/// Compares a presented credential with a secret in a time that depends only on the length of
/// what was presented, never on where the first differing byte is, so that response times do
/// not tell a stranger how much of a guessed API key or token was right (`Authenticator`).
enum ConstantTimeComparison {
    static func equals(_ presented: some Collection<UInt8>, _ secret: [UInt8]) -> Bool {
        var difference: UInt8 = presented.count == secret.count ? 0 : 1
        var index = 0
        for byte in presented {
            difference |= byte ^ (index < secret.count ? secret[index] : 0)
            index += 1
        }
        return difference == 0
    }
}

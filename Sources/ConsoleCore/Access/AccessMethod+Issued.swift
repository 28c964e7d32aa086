import SeamAPI

extension Collection where Element == AccessMethod {
    /// A grant is issued once it has access methods and every one is: the wizard's result,
    /// `keydesk issue`, and the follow that waits for it all judge it this way.
    public var areAllIssued: Bool { !isEmpty && allSatisfy(\.isIssued) }
}

/// The Activity pane's key: `6` (and `:activity`) after the other panes' `1`–`5`. Moving,
/// filtering, and Enter (open what the event names) are the lists' own keys.
public enum ActivityKeymap {
    static var bindings: [KeyBinding] {
        [
            KeyBinding(.browse(.focus(.activity)), keys: [.character("6")], description: "Activity pane: what happened, newest first, followed live",
                       footerLabel: "Activity", scope: BrowseKeymap.lists, footer: .hidden, commands: ["activity", "events"]),
        ]
    }
}

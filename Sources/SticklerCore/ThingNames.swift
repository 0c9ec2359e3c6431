/// Kinds of thing whose records have a "name" that is no person's: a trip's ("Ski Austria"),
/// an activity's ("Giant Swing"), a category's ("Self Harm"), a product's ("Raspberry Pi 5").
/// A JSON export calls all of them `name`; read under the collection that holds them
/// (`"activities": [{"name": ...}]`) the label says which kind of name it is
/// ("activity name: Giant Swing"), as a form's "Trip name:" does.
public enum ThingNames {
    /// The kinds, singular and lower case.
    public static let kinds: Set<String> = [
        "trip", "activity", "category", "item", "product", "event", "course", "subject", "room", "venue",
        "club", "lesson", "unit", "module", "topic", "resource", "app",
        "location", "place", "site", "company", "organisation", "organization",
        "service", "tag", "option", "setting", "field", "column", "sheet", "tab", "page", "menu", "permission",
        "feature", "region", "country", "city", "town", "area", "layer", "stop", "route", "book", "game", "song",
        "film", "level", "badge", "award", "prize", "skill", "station", "shop", "store", "project", "task",
        "quiz", "question", "property", "package", "policy", "template", "workflow",
        "type", "status", "queue", "channel", "calendar", "dataset", "table", "dish", "recipe", "ingredient",
        "character", "animal", "team", "group", "house", "class", "department", "pet", "planet", "element", "building",
        // A SEND service's reference list of standardised tests ("tools": [{"name": "Movement ABC-2"}]).
        "tool", "instrument", "programme", "program", "software",
        // A configuration file's things (`<font name="Georgia Bold"/>`, `<printer name="Sharp MX"/>`).
        "font", "printer", "colour", "color", "theme", "style", "param", "parameter", "plugin", "extension",
        "connection", "server", "share", "drive", "folder", "job", "rule", "action", "command", "script", "trigger",
    ]

    /// Kinds whose "name" is the thing's own where a label says so ("formName": "Early Help
    /// Assessment", "Report name: Autumn data drop"), but whose collections may be people's
    /// ("consent_forms": [{"name": "Olivia Hughes"}], a pupil's reports, plans and assessments):
    /// labels only.
    public static let labelKinds: Set<String> = kinds.union([
        "form", "document", "report", "plan", "scheme", "survey", "file", "assessment", "test", "intervention", "device",
    ])

    /// The kind a collection's key names ("activities" -> "activity", "trip_list" is none):
    /// its last word, made singular, if it is one of `kinds`.
    public static func kind(ofCollection key: String) -> String? {
        guard let word = key.split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" }).last?.lowercased() else { return nil }
        for singular in [word, singularOf(word)] where kinds.contains(singular) { return singular }
        return nil
    }

    static func singularOf(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        for ending in ["ches", "shes", "sses", "xes"] where word.hasSuffix(ending) { return String(word.dropLast(2)) }
        if word.hasSuffix("s"), !word.hasSuffix("ss") { return String(word.dropLast()) }
        return word
    }
}

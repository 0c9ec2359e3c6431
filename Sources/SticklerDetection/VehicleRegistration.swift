import Foundation

/// A UK vehicle registration in the current format (since September 2001): two letters of
/// the area, the age identifier's two digits, three letters ("RY65 ATC"). The age identifier
/// is the year's last two digits for a March issue and fifty more for September's, so 00 and
/// the years to come are no plate; and the form's and the guidance's example, "AB12 CDE",
/// is no one's car.
public enum VehicleRegistration {
    static let placeholderAreas: Set<String> = ["AB", "AA", "XX", "YY", "ZZ"]
    static let placeholderLetters: Set<String> = ["CDE", "ABC", "XYZ", "AAA", "XXX", "YYY", "ZZZ", "DEF", "CDF"]

    public static func isValid(_ value: [UInt8]) -> Bool {
        let plate = value.filter { $0 != 32 }
        guard plate.count == 7, plate[2...3].allSatisfy(isDigit) else { return false }
        let area = String(decoding: plate[0..<2], as: UTF8.self), letters = String(decoding: plate[4...], as: UTF8.self)
        if placeholderAreas.contains(area) && placeholderLetters.contains(letters) { return false }
        let age = Int(plate[2] - 48) * 10 + Int(plate[3] - 48)
        // (A year's grace after this one: a clock set wrong, a plate ordered early.)
        let latest = DateValue.birthYears.upperBound % 100 + 1
        return (1...latest).contains(age) || (51...(50 + latest)).contains(age)
    }
}

/// The fixed registry of validators a rule pack may name. A validator gets the matched
/// bytes (ASCII) and says whether they are structurally a real identifier.
public enum Validators {
    public typealias Check = @Sendable ([UInt8]) -> Bool

    public static let registry: [String: Check] = [
        "nhs_mod11": { let digits = $0.digits; return NHSNumber.isValid(digits) && !NHSNumber.publishedExamples.contains(digits) && !NHSNumber.isTestNumber(digits) },
        "uln_mod11": { ULN.isValid($0.digits) },
        "chi_mod11": { CHINumber.isValid($0.digits) },
        "hc_mod11": { HealthAndCareNumber.isValid($0.digits) },
        "scn_mod11": { let digits = $0.digits; return SCN.isValid(digits) && !SCN.publishedExamples.contains(digits) },
        "upn_check_letter": { UPN.isValid($0.alnumUpper) },
        // (Not a form's or a lesson's example, "AB 12 34 56 C": its digits a counting run or one digit.)
        "nino_prefix": { NINO.isValid($0.alnumUpper) && !madeUp($0.digits, strict: true) },
        // (Not Ofsted's early years registration number, "EY556712", a nursery's on every form.)
        "nino_unsuffixed": { let value = $0.alnumUpper
            return value.count == 8 && NINO.isValid(value + [65]) && !madeUp($0.digits, strict: true) && !value.starts(with: "EY".utf8) },
        "utr_mod11": { UTR.isValid($0.digits) },
        "luhn_card": { let digits = $0.digits; return PaymentCard.isValid(digits) && !PaymentCard.publishedTestNumbers.contains(digits) },
        "iban_mod97": { let value = $0.alnumUpper; return IBAN.isValid(value) && !IBAN.publishedExamples.contains(value) },
        "uk_postcode": { Postcode.isValid($0.alnumUpper) },
        "uk_driving_licence": { DrivingLicence.isValid($0.alnumUpper) },
        "uk_phone": { UKPhone.isValid($0) },
        "uk_phone_without_zero": { UKPhone.isValid([48] + $0) },
        // "447700900726": 44 and the national number, as an SMS gateway writes it.
        "uk_mobile_without_plus": { $0.count == 12 && UKPhone.isValid([43] + $0) },
        "international_phone": { InternationalPhone.isValid($0) },
        "date": { DateValue.isValid($0) },
        "birth_date": { DateValue.isBirthDate($0) },
        "birth_date_compact": { DateValue.isCompactBirthDate($0) },
        // The date after a note's "b." ("b. 03/09/2013"): the match holds the marker.
        "birth_date_after_marker": { DateValue.isBirthDate(Array($0.drop { !isDigit($0) })) },
        "sort_code_account": { BankAccount.isValid($0) },
        "bacs_record": { BankAccount.isPaymentRecord($0) },
        "email": { Email.isValid($0) },
        "person_name": { PersonName.clean(String(decoding: $0, as: UTF8.self)) != nil },
        "person_name_contact": { PersonName.contactCell($0) },
        "person_name_titled_parent": { PersonName.titledParent($0) },
        "person_name_given": { PersonName.holdsGivenName($0) },
        "quoted_given_surname": { PersonName.quotedGivenSurname($0) },
        "given_name_heading_note": { PersonName.headsNote($0) },
        "given_name_in_group": { PersonName.givenNameInGroup($0) },
        "given_name_short_form": { PersonName.givenNameShortForm($0) },
        "sign_off_name": { PersonName.signOffName($0) },
        "given_name_possessive": { PersonName.givenNamePossessive($0) },
        "given_name_second": { PersonName.givenNameSecond($0) },
        "family_with_children": { PersonName.familyWithChildren($0) },
        "person_name_absence_record": { PersonName.absenceRecordSubject($0) },
        "person_name_labelled": { PersonName.afterGenericLabel($0) },
        "person_name_attendance": { PersonName.attendanceLine($0) },
        "person_name_chat_sender": { PersonName.chatSender($0) },
        "person_name_calendar_attendee": { PersonName.calendarAttendee($0) },
        "person_name_with_username": { PersonName.withUsername($0) },
        "person_name_exam_entry": { PersonName.examEntry($0) },
        "person_name_passenger": { PersonName.passenger($0) },
        "person_name_caps_reversed": { PersonName.capsReversed($0) },
        "person_name_fields": { PersonName.fieldsNameARealPerson($0) },
        "person_name_under_label": { PersonName.underLabel($0) },
        "person_name_fields_on_lines": { PersonName.fieldsOnTheirOwnLines($0) },
        "person_initials": { PersonName.initials($0) },
        "person_initials_after_label": { PersonName.initialsAfterLabel($0) },
        "initials_cell": { PersonName.initialsCell($0) },
        "noted_initials": { PersonName.notedInitials($0) },
        "initials_born_loosely": { PersonName.initialsBornLoosely($0) },
        "initials_birth_date_row": { PersonName.initialsBirthDateRow($0) },
        "initials_birth_date_cell": { PersonName.initialsBirthDateCell($0) },
        "initials_year_birth_date": { PersonName.initialsYearBirthDate($0) },
        "initials_spaced_birth_date": { PersonName.initialsSpacedBirthDate($0) },
        "bracketed_initials": { PersonName.bracketedInitials($0) },
        "person_name_capitals": { PersonName.capitalsAfterLabel($0) },
        "person_name_file_name": { PersonName.inFileName($0) },
        "person_name_file_after_dash": { PersonName.inFileNameAfterDash($0) },
        "person_name_addressee": { PersonName.addressee($0) },
        "named_inline_address": { PersonName.namedInlineAddress($0) },
        "person_name_prose": { PersonName.inProse($0) },
        "person_name_with_age": { PersonName.withAge($0) },
        "person_name_after_label": { PersonName.afterLabel($0) },
        "person_name_running_text": { PersonName.inRunningText($0) },
        "person_name_running_text_first": { PersonName.inRunningTextFirst($0) },
        "person_name_lower_case": { PersonName.inLowerCase($0) },
        "person_name_lower_case_line": { PersonName.inLowerCaseLine($0) },
        "person_name_lower_case_prose": { PersonName.inLowerCaseProse($0) },
        "person_name_lower_case_titled": { PersonName.inLowerCaseTitled($0) },
        "person_name_lower_case_bracketed": { PersonName.inLowerCaseBracketed($0) },
        "given_name_lower_noted": { PersonName.lowerCaseGivenNoted($0) },
        "given_name_lower_possessive": { PersonName.lowerCaseGivenPossessive($0) },
        "vehicle_registration": { VehicleRegistration.isValid($0) },
        "address_block": { PersonName.addressBlock($0) },
        "person_name_statement": { PersonName.statementMaker($0) },
        "person_name_reversed_list": { PersonName.reversedListPair($0) },
        "person_name_capitals_first_list": { PersonName.capitalsFirstListPair($0) },
        "person_name_capitals_first_form": { PersonName.capitalsFirstBeforeForm($0) },
        "person_name_capitals_after_number": { PersonName.capitalsFirstAfterNumber($0) },
        "person_name_initial_surname": { PersonName.initialSurname($0) },
        "person_name_labelled_reversed": { PersonName.labelledReversed($0) },
        "person_name_numbered_heading_reversed": { PersonName.numberedHeadingReversed($0) },
        "person_name_vietnamese": { PersonName.vietnameseName($0) },
        "person_name_event_subject": { PersonName.eventSubject($0) },
        "person_name_form_group": { PersonName.beforeFormGroup($0) },
        "person_name_unlisted_given_form": { PersonName.unlistedGivenBeforeForm($0) },
        "quoted_nickname": { PersonName.quotedNickname($0) },
        "nickname_after_form_mark": { PersonName.nicknameAfterFormMark($0) },
        "quoted_nickname_after": { PersonName.quotedNicknameAfter($0) },
        "person_name_after_year_label": { PersonName.afterYearLabel($0) },
        "person_name_word_like_double_barrelled": { PersonName.wordLikeDoubleBarrelled($0) },
        "person_name_word_like_surname": { PersonName.wordLikeSurname($0) },
        "word_like_surname_last": { PersonName.wordLikeSurnameLast($0) },
        "initials_birth_date_after_mark": { PersonName.initialsBirthDateAfterMark($0) },
        "nickname_after_phrase": { PersonName.nicknameAfterPhrase($0) },
        "nickname_before_form": { PersonName.nicknameBeforeForm($0) },
        "nickname_watched": { PersonName.nicknameWatched($0) },
        "nickname_possessive": { PersonName.nicknamePossessive($0) },
        "person_name_birth_date": { PersonName.beforeBirthDate($0) },
        "person_name_titled": { PersonName.titledPerson($0) },
        "person_name_heads_document": { PersonName.headsDocument($0) },
        "person_name_after_document_title": { PersonName.afterDocumentTitle($0) },
        "given_name_possessive_heading": { PersonName.possessiveHeading($0) },
        "given_name_after_label": { PersonName.givenNameAfterLabel($0) },
        "person_name_after_account": { PersonName.inBracketsAfterAccount($0) },
        "person_name_bracketed_group": { PersonName.beforeBracketedGroup($0) },
        "given_name_class": { PersonName.beforeClassName($0) },
        "given_name_in_form": { PersonName.givenNameInForm($0) },
        "given_name_lower_in_form": { PersonName.lowerCaseGivenNameInForm($0) },
        "given_name_cell": { PersonName.givenNameCell($0) },
        "given_surname_in_class": { PersonName.givenSurnameInClass($0) },
        "person_name_reversed_bracketed": { PersonName.reversedInBrackets($0) },
        "person_name_labelled_surname_first": { PersonName.labelledSurnameFirst($0) },
        "person_name_capitals_comment": { PersonName.capitalsHeadingComment($0) },
        "person_name_reversed_line": { PersonName.reversedListLine($0) },
        "person_name_numbered_surname_first": { PersonName.numberedSurnameFirst($0) },
        "candidate_surname_initial": { PersonName.candidateSurnameInitial($0) },
        "person_name_surname_initial_year": { PersonName.surnameInitialYear($0) },
        "person_name_quoted_pair": { PersonName.quotedPair($0) },
        "person_name_photo_file": { PersonName.inPhotoFileName($0) },
        "share_code": { ShareCode.isValid($0) },
        "address_cell": { AddressCell.isValid($0) },
        "labelled_address": { AddressCell.afterLabel($0) },
        "not_made_up": { !madeUp($0.digits) },
        // A childcare eligibility code: its prefix (500, 114), then no counting run ("50012345678").
        "eligibility_code": { let digits = $0.digits; return !madeUp(digits) && !madeUp(Array(digits.dropFirst(3))) },
        "sen_code": { CodeCell.isSENCode($0) },
        "yes_flag": { CodeCell.isYes($0) },
        "password_cell": { CodeCell.isPassword($0) },
        "login_cell": { CodeCell.isLogin($0) },
    ]
}

extension Validators {
    /// Digits a person types for an example or a placeholder, not a real number: all one
    /// digit ("0000000"), two digits in runs ("11112222"), or a counting run ("12345678",
    /// "87654321", "123456", "1234567890"). `strict: false` also takes any value of two distinct digits
    /// or fewer.
    public static func madeUp(_ digits: [UInt8], strict: Bool = true) -> Bool {
        guard digits.count >= 2 else { return false }
        // A counting run after leading zeros, as a guide's example certificate number is written
        // ("001234567890": DBS numbers begin "00").
        if digits[0] == 48, let first = digits.firstIndex(where: { $0 != 48 }), digits.count - first >= 6,
           madeUp(Array(digits[first...]), strict: strict) { return true }
        // (On bytes, no collections: it runs for every digit candidate of a long digit run.)
        var seen: UInt16 = 0, ascending = true, descending = true, changes = 0
        for index in digits.indices {
            seen |= 1 << UInt16(digits[index] & 15)
            guard index > 0 else { continue }
            let step = Int(digits[index]) - Int(digits[index - 1])
            if step != 1 && !(step == -9 && index == digits.count - 1) { ascending = false } // "1234567890"
            if step != -1 { descending = false }
            if step != 0 { changes += 1 }
        }
        let distinct = seen.nonzeroBitCount
        if distinct == 1 || ascending || descending { return true }
        // Two digits: "11112222" (two runs) when strict, any mix otherwise.
        if distinct == 2 { return !strict || changes == 1 }
        return false
    }
}

extension Array where Element == UInt8 {
    /// The ASCII digits only.
    var digits: [UInt8] { filter { $0 >= 48 && $0 <= 57 } }

    /// ASCII letters (upper-cased) and digits only.
    var alnumUpper: [UInt8] {
        compactMap { byte in
            switch byte {
            case 48...57, 65...90: return byte
            case 97...122: return byte - 32
            default: return nil
            }
        }
    }
}

@inline(__always) func digitValue(_ byte: UInt8) -> Int { Int(byte) - 48 }
@inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
@inline(__always) func isUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
@inline(__always) func isLower(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }

use super::*;

fn read_str(text: &str) -> Result<Cards, ImportError> {
    read(Path::new("c.vcf"), text.as_bytes())
}

#[test]
fn version_3_with_folding_two_emails_and_quoted_printable() {
    let text = "BEGIN:VCARD\r\nVERSION:3.0\r\n\
            N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9A=D0=BE=D0=B2=D0=B0=D0=BB=D1=8C;=D0=9E=D0=BB=D0=B5=\r\n\
            =D0=BD=D0=B0;;;\r\n\
            TITLE:Commercial director\\, B2B\r\n\
            EMAIL;TYPE=work:olena@ukrmerezha.example\r\n\
            EMAIL;TYPE=home:olena.koval@mail.exa\r\n mple\r\n\
            TEL;TYPE=cell:+380 50 111 22 33\r\n\
            TEL;TYPE=work:+380 44 000 00 00\r\n\
            BDAY:1976-12-01\r\n\
            NOTE:Prefers mornings.\\nNo calls on Fridays.\r\n\
            ORG:Укрмережа\r\n\
            END:VCARD\r\n";
    let cards = read_str(text).unwrap();
    let p = &cards.cards[0].person;
    assert_eq!(p.name, "Олена Коваль");
    assert_eq!(p.job_title, "Commercial director, B2B");
    assert_eq!(p.email, "olena@ukrmerezha.example, olena.koval@mail.example");
    assert_eq!(p.phone, "+380 50 111 22 33, +380 44 000 00 00");
    assert_eq!(p.birthday, NaiveDate::from_ymd_opt(1976, 12, 1).map(BirthDate::Full));
    assert_eq!(p.notes, "Prefers mornings.\nNo calls on Fridays.");
    assert_eq!(cards.ignored, vec!["ORG (1)"]);
}

#[test]
fn version_4_and_2_1() {
    let text = "BEGIN:VCARD\nVERSION:4.0\nFN:Ніна Бондар\nEMAIL:nina@x.example\nTEL;VALUE=uri:tel:+380-44-1\n\
            BDAY:19800517\nEND:VCARD\n\
            BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=UTF-8;QUOTED-PRINTABLE:=D0=86=D0=B2=D0=B0=D0=BD\nBDAY:--0517\nEND:VCARD\n";
    let cards = read_str(text).unwrap();
    assert_eq!(cards.cards[0].person.phone, "+380-44-1");
    assert_eq!(cards.cards[0].person.birthday, NaiveDate::from_ymd_opt(1980, 5, 17).map(BirthDate::Full));
    assert_eq!(cards.cards[1].person.name, "Іван");
    assert_eq!(cards.cards[1].line, 8);
    // A birthday without a year is kept as a day and month.
    assert_eq!(cards.cards[1].person.birthday, BirthDate::no_year(5, 17));
    assert!(cards.ignored.is_empty(), "{:?}", cards.ignored);
}

#[test]
fn malformed_cards_name_the_line() {
    let cases = [
        ("BEGIN:VCARD\nVERSION:3.0\nFN:A\n", 3, "no END:VCARD"),
        ("BEGIN:VCARD\nVERSION:3.0\nFN A\nEND:VCARD\n", 3, "no colon"),
        ("FN:A\n", 1, "outside BEGIN:VCARD"),
        ("BEGIN:VCARD\nBEGIN:VCARD\n", 2, "inside the card"),
        ("BEGIN:VCARD\nVERSION:3.0\nTITLE:x\nEND:VCARD\n", 1, "no name"),
        ("BEGIN:VCARD\nVERSION:5.0\nFN:A\nEND:VCARD\n", 2, "version 5.0"),
        ("BEGIN:VCARD\nFN;ENCODING=QUOTED-PRINTABLE:=ZZ\nEND:VCARD\n", 2, "not quoted-printable"),
        ("BEGIN:VCARD\nFN;CHARSET=klingon;ENCODING=QUOTED-PRINTABLE:=C0\nEND:VCARD\n", 2, "charset klingon, which"),
        ("BEGIN:VCARD\nFN;ENCODING=QUOTED-PRINTABLE:=C0\nEND:VCARD\n", 2, "is not UTF-8 text"),
        ("BEGIN:VCARD\nFN:A\nBDAY:soon\nEND:VCARD\n", 3, "not a date"),
    ];
    for (text, line, words) in cases {
        let e = read_str(text).unwrap_err();
        assert_eq!(e.line, Some(line), "{text:?}: {e}");
        assert!(e.message.contains(words), "{text:?}: {e}");
    }
    let e = read(Path::new("c.vcf"), b"BEGIN:VCARD\nFN:\xff\n").unwrap_err();
    assert_eq!(e.line, Some(2));
}

#[test]
fn charsets_of_old_phones_raw_and_quoted_printable() {
    let cp1251 = crate::interchange::encoding::to_windows_1251("Олена Коваль");
    let koi8 = encoding_rs::KOI8_R.encode("Сергей Иванов").0.into_owned();
    let qp: String =
        crate::interchange::encoding::to_windows_1251("Ніна").iter().map(|b| format!("={b:02X}")).collect();
    let file = [
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=Windows-1251:".as_slice(),
        &cp1251,
        b"\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=KOI8-R:",
        &koi8,
        b"\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=WINDOWS-1251;ENCODING=QUOTED-PRINTABLE:;",
        qp.as_bytes(),
        b"\r\nEND:VCARD\r\n",
    ]
    .concat();
    let cards = read(Path::new("c.vcf"), &file).unwrap();
    let names: Vec<&str> = cards.cards.iter().map(|c| c.person.name.as_str()).collect();
    assert_eq!(names, ["Олена Коваль", "Сергей Иванов", "Ніна"]);
    // Bytes that are not UTF-8 on a line without a CHARSET are refused.
    let e = read(Path::new("c.vcf"), b"BEGIN:VCARD\nFN:\xcf\xe5\xf2\xf0\nEND:VCARD\n").unwrap_err();
    assert_eq!(e.line, Some(2));
}

#[test]
fn of_two_names_the_one_in_the_language_spoken() {
    let text = "BEGIN:VCARD\nVERSION:4.0\nFN;ALTID=1;LANGUAGE=en:Olena Koval\nFN;ALTID=1;LANGUAGE=uk:Олена Коваль\n\
                END:VCARD\n";
    let name = |language| read_in(Path::new("c.vcf"), text.as_bytes(), language).unwrap().cards[0].person.name.clone();
    assert_eq!(name(Language::Ukrainian), "Олена Коваль");
    assert_eq!(name(Language::English), "Olena Koval");
    assert_eq!(name(Language::Georgian), "Olena Koval", "else the first");
    let _russian = crate::l10n::scoped(Language::Russian);
    assert_eq!(read_str(text).unwrap().cards[0].person.name, "Olena Koval");
}

#[test]
fn apple_birthdays_without_a_year() {
    let text = "BEGIN:VCARD\nVERSION:3.0\nFN:A\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-12-31\nEND:VCARD\n\
                BEGIN:VCARD\nVERSION:4.0\nFN:B\nBDAY:--12-31\nEND:VCARD\n\
                BEGIN:VCARD\nVERSION:3.0\nFN:C\nBDAY;X-APPLE-OMIT-YEAR=1604:1980-12-31\nEND:VCARD\n";
    let cards = read_str(text).unwrap();
    let birthdays: Vec<_> = cards.cards.iter().map(|c| c.person.birthday).collect();
    let no_year = BirthDate::no_year(12, 31);
    assert_eq!(birthdays, [no_year, no_year, NaiveDate::from_ymd_opt(1980, 12, 31).map(BirthDate::Full)]);
}

//! The columns a CSV file may have: one table per kind of row, each column
//! once with its names in English, Ukrainian, Russian and Georgian. A header
//! matches a name in any case, with spaces, dashes, underscores and
//! apostrophes ignored; the first name of each language is the one a
//! refusal shows.

use crate::l10n::{self, Language};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Name,
    Industry,
    Region,
    Headcount,
    Sales,
    Status,
    Type,
    LevelNow,
    LevelTarget,
    Since,
    Every,
    Description,
    History,
    Org,
    Market,
    Products,
    CreatedOn,
    // People
    FullName,
    First,
    Middle,
    Last,
    Title,
    Email,
    Phone,
    Birthday,
    Notes,
    Role,
    Influence,
    Attitude,
    Channel,
    // Sales
    SaleAccount,
    SaleDate,
    SaleMonth,
    SaleAmount,
    SaleProfit,
    SaleVolume,
    SaleProduct,
    SaleCurrency,
}

/// A column: the field it feeds and its names in English, Ukrainian,
/// Russian and Georgian (in `Language::ALL` order).
pub(crate) struct Column {
    pub field: Field,
    names: [&'static [&'static str]; 4],
}

const fn column(field: Field, names: [&'static [&'static str]; 4]) -> Column {
    Column { field, names }
}

/// The columns of accounts. Region columns are all joined; for the other
/// fields the first non-empty column wins.
pub(crate) const ACCOUNT_COLUMNS: &[Column] = &[
    column(
        Field::Name,
        [
            &[
                "name",
                "account name",
                "company name",
                "company",
                "account",
                "organisation",
                "organization",
                "customer",
                "client",
            ],
            &["Назва", "Назва компанії", "Компанія", "Клієнт", "Організація", "Замовник"],
            &["Название", "Наименование", "Название компании", "Компания", "Клиент", "Организация", "Заказчик"],
            &["დასახელება", "სახელწოდება", "კომპანია", "კლიენტი", "ორგანიზაცია"],
        ],
    ),
    column(
        Field::Type,
        [
            &["client_type", "key client type", "account type", "type"],
            &["Тип клієнта", "Тип"],
            &["Тип клиента", "Тип"],
            &["კლიენტის ტიპი", "ტიპი"],
        ],
    ),
    column(Field::Status, [&["status"], &["Статус", "Стан"], &["Статус", "Состояние"], &["სტატუსი"]]),
    column(
        Field::LevelNow,
        [
            &["level_now", "relationship level", "level"],
            &["Рівень відносин", "Рівень"],
            &["Уровень отношений", "Уровень"],
            &["ურთიერთობის დონე", "დონე"],
        ],
    ),
    column(
        Field::LevelTarget,
        [&["level_target", "target level"], &["Цільовий рівень"], &["Целевой уровень"], &["მიზნობრივი დონე"]],
    ),
    column(
        Field::Industry,
        [&["industry", "sector"], &["Галузь", "Сектор"], &["Отрасль", "Сектор"], &["ინდუსტრია", "დარგი", "სექტორი"]],
    ),
    column(
        Field::Region,
        [
            &["region", "city", "state", "country", "location"],
            &["Регіон", "Місто", "Область", "Країна"],
            &["Регион", "Город", "Область", "Страна"],
            &["რეგიონი", "ქალაქი", "ქვეყანა"],
        ],
    ),
    column(
        Field::Headcount,
        [
            &["headcount", "employees", "number of employees", "no of employees", "employee count", "staff"],
            &["Кількість працівників", "Працівники", "Чисельність", "Персонал"],
            &["Численность", "Количество сотрудников", "Сотрудники", "Персонал", "Штат"],
            &["თანამშრომლები", "თანამშრომლების რაოდენობა"],
        ],
    ),
    column(
        Field::Sales,
        [
            &["annual_sales", "sales", "annual revenue", "revenue", "turnover"],
            &["Річний обсяг продажів", "Виручка", "Обсяг продажів", "Оборот", "Продажі"],
            &[
                "Годовой объем продаж",
                "Годовой объём продаж",
                "Выручка",
                "Объем продаж",
                "Объём продаж",
                "Оборот",
                "Продажи",
            ],
            &["გაყიდვები", "წლიური გაყიდვები", "შემოსავალი", "ბრუნვა"],
        ],
    ),
    column(
        Field::Since,
        [
            &["cooperation_start", "cooperation since", "customer since", "since"],
            &["Початок співпраці", "Клієнт з"],
            &["Начало сотрудничества", "Клиент с"],
            &["თანამშრომლობის დაწყება", "თანამშრომლობის დაწყების თარიღი"],
        ],
    ),
    column(
        Field::Every,
        [
            &["contact_every_days", "contact every"],
            &["Частота контактів", "Частота контактів, днів"],
            &["Периодичность контактов", "Периодичность контактов, дней"],
            &["კონტაქტის სიხშირე", "კონტაქტის სიხშირე, დღე"],
        ],
    ),
    column(
        Field::CreatedOn,
        [&["created_on"], &["Створено", "Дата створення"], &["Создан", "Дата создания"], &["შექმნის თარიღი"]],
    ),
    column(
        Field::Description,
        [
            &["description", "about", "notes"],
            &["Опис", "Примітки"],
            &["Описание", "Примечания"],
            &["აღწერა", "შენიშვნები"],
        ],
    ),
    column(
        Field::History,
        [
            &["development history", "history"],
            &["Історія розвитку", "Історія"],
            &["История развития", "История"],
            &["განვითარების ისტორია", "ისტორია"],
        ],
    ),
    column(
        Field::Org,
        [
            &["org structure", "organisational structure"],
            &["Організаційна структура", "Оргструктура"],
            &["Организационная структура", "Оргструктура"],
            &["ორგანიზაციული სტრუქტურა"],
        ],
    ),
    column(
        Field::Market,
        [&["market environment"], &["Ринкове оточення"], &["Рыночное окружение"], &["საბაზრო გარემო"]],
    ),
    column(
        Field::Products,
        [
            &["preferred products", "products"],
            &["Бажані продукти", "Продукти"],
            &["Предпочитаемые продукты", "Продукты"],
            &["სასურველი პროდუქტები", "პროდუქტები"],
        ],
    ),
];

/// The columns of people. E-mail and phone columns are all joined, and a
/// header that contains one of [`EMAIL_WORDS`] or [`PHONE_WORDS`] is one.
pub(crate) const PEOPLE_COLUMNS: &[Column] = &[
    column(
        Field::FullName,
        [
            &["name", "full name", "display name", "contact name", "contact"],
            &["ПІБ", "Ім'я та прізвище", "Повне ім'я", "Контактна особа", "Контакт"],
            &["ФИО", "Имя и фамилия", "Полное имя", "Контактное лицо", "Контакт"],
            &["სახელი და გვარი", "სრული სახელი", "საკონტაქტო პირი", "კონტაქტი"],
        ],
    ),
    column(Field::First, [&["first name", "given name"], &["Ім'я"], &["Имя"], &["სახელი"]]),
    column(Field::Middle, [&["middle name", "additional name"], &["По батькові"], &["Отчество"], &["მამის სახელი"]]),
    column(Field::Last, [&["last name", "surname", "family name"], &["Прізвище"], &["Фамилия"], &["გვარი"]]),
    column(Field::Title, [&["job title", "title", "position"], &["Посада"], &["Должность"], &["თანამდებობა"]]),
    column(
        Field::Email,
        [&["email"], &["Ел. пошта", "Електронна пошта"], &["Эл. почта", "Электронная почта"], &["ელფოსტა"]],
    ),
    column(Field::Phone, [&["phone"], &["Телефон"], &["Телефон"], &["ტელეფონი"]]),
    column(
        Field::Birthday,
        [
            &["birthday", "date of birth", "birthdate", "dob"],
            &["День народження", "Дата народження"],
            &["День рождения", "Дата рождения"],
            &["დაბადების დღე", "დაბადების თარიღი"],
        ],
    ),
    column(
        Field::Notes,
        [
            &["notes", "note", "comments"],
            &["Примітки", "Нотатки", "Коментарі"],
            &["Примечания", "Заметки", "Комментарии"],
            &["შენიშვნები", "შენიშვნა", "კომენტარები"],
        ],
    ),
    column(
        Field::Role,
        [
            &["buying role", "role"],
            &["Роль у закупівлі", "Роль"],
            &["Роль в закупке", "Роль"],
            &["როლი შესყიდვაში", "როლი"],
        ],
    ),
    column(Field::Influence, [&["influence"], &["Вплив"], &["Влияние"], &["გავლენა"]]),
    column(Field::Attitude, [&["attitude"], &["Ставлення"], &["Отношение"], &["დამოკიდებულება"]]),
    column(
        Field::Channel,
        [
            &["preferred channel", "channel"],
            &["Бажаний канал", "Канал"],
            &["Предпочитаемый канал", "Канал"],
            &["სასურველი არხი", "არხი"],
        ],
    ),
];

/// The columns of a sales file, as accounting systems write them: one row
/// per sale or per month.
pub(crate) const SALES_COLUMNS: &[Column] = &[
    column(
        Field::SaleAccount,
        [
            &["account", "account id", "client", "customer", "account name", "company"],
            &["Клієнт", "Контрагент", "Покупець", "Замовник", "Компанія"],
            &["Клиент", "Контрагент", "Покупатель", "Заказчик", "Компания"],
            &["კლიენტი", "კონტრაგენტი", "მყიდველი", "კომპანია"],
        ],
    ),
    column(Field::SaleMonth, [&["month", "period"], &["Місяць", "Період"], &["Месяц", "Период"], &["თვე", "პერიოდი"]]),
    column(
        Field::SaleDate,
        [&["date", "invoice date", "sale date"], &["Дата", "Дата продажу"], &["Дата", "Дата продажи"], &["თარიღი"]],
    ),
    column(
        Field::SaleAmount,
        [
            &["amount", "sales", "revenue", "sum", "total", "net sales"],
            &["Сума", "Виручка", "Продажі", "Обсяг продажів"],
            &["Сумма", "Выручка", "Продажи", "Объем продаж", "Объём продаж"],
            &["თანხა", "გაყიდვები", "შემოსავალი"],
        ],
    ),
    column(
        Field::SaleProfit,
        [
            &["profit", "gross profit", "margin"],
            &["Прибуток", "Маржа", "Валовий прибуток"],
            &["Прибыль", "Маржа", "Валовая прибыль"],
            &["მოგება", "მარჟა"],
        ],
    ),
    column(
        Field::SaleVolume,
        [
            &["volume", "quantity", "qty", "units"],
            &["Обсяг", "Кількість"],
            &["Объем", "Объём", "Количество"],
            &["მოცულობა", "რაოდენობა"],
        ],
    ),
    column(
        Field::SaleProduct,
        [
            &["product", "item", "product name", "sku"],
            &["Товар", "Продукт", "Номенклатура", "Продукція"],
            &["Продукт", "Товар", "Номенклатура", "Продукция"],
            &["პროდუქტი", "პროდუქცია", "საქონელი"],
        ],
    ),
    column(Field::SaleCurrency, [&["currency"], &["Валюта"], &["Валюта"], &["ვალუტა"]]),
];

/// Parts of a header that make it an e-mail column ("E-mail 2 Address").
const EMAIL_WORDS: &[&str] = &["email", "пошта", "почта", "ელფოსტა"];
/// Parts of a header that make it a phone column ("Mobile Phone").
const PHONE_WORDS: &[&str] = &["phone", "mobile", "tel", "cell", "телефон", "мобільний", "мобильный", "ტელეფონი"];

/// Lower case letters and digits only: "E-mail 1" -> "email1", "Ім'я" -> "імя".
pub(crate) fn normalise(header: &str) -> String {
    header.chars().filter(|c| c.is_alphanumeric() && *c != 'ʼ').flat_map(char::to_lowercase).collect()
}

/// The field a (normalised) header names in `table`.
pub(crate) fn field_in(table: &[Column], key: &str) -> Option<Field> {
    table.iter().find(|c| c.names.iter().flat_map(|names| names.iter()).any(|n| normalise(n) == key)).map(|c| c.field)
}

pub(crate) fn people_field(key: &str) -> Option<Field> {
    if let Some(field) = field_in(PEOPLE_COLUMNS, key) {
        return Some(field);
    }
    // "Email 2", "E-mail Address", "Work phone", "Mobile phone": but not
    // the "... Type" or "... Label" columns some address books add.
    if key.ends_with("type") || key.ends_with("label") {
        return None;
    }
    if EMAIL_WORDS.iter().any(|w| key.contains(w)) {
        Some(Field::Email)
    } else if PHONE_WORDS.iter().any(|w| key.contains(w)) {
        Some(Field::Phone)
    } else {
        None
    }
}

/// The names a refusal shows for `table`: each column's first name in the
/// language spoken.
pub(crate) fn expected(table: &[Column]) -> String {
    let at = Language::ALL.iter().position(|l| *l == l10n::language()).unwrap_or(0);
    let mut names: Vec<&str> = Vec::new();
    for c in table {
        let name = c.names[at].first().or(c.names[0].first()).copied().unwrap_or_default();
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names.join(", ")
}

/// The name a refusal shows for one column of `table`, in the language spoken.
pub(crate) fn name_of(table: &[Column], field: Field) -> &'static str {
    let at = Language::ALL.iter().position(|l| *l == l10n::language()).unwrap_or(0);
    table
        .iter()
        .find(|c| c.field == field)
        .and_then(|c| c.names[at].first().or(c.names[0].first()).copied())
        .unwrap_or_default()
}

/// The columns of the file: which field each one feeds.
pub(crate) struct Columns {
    pub fields: Vec<Option<Field>>,
    pub headers: Vec<String>,
}

impl Columns {
    /// The value of `field` in `record`: the first non-empty of its columns.
    pub fn one<'r>(&self, record: &'r csv::StringRecord, field: Field) -> Option<(&'r str, &str)> {
        self.fields.iter().enumerate().filter(|(_, f)| **f == Some(field)).find_map(|(i, _)| {
            let value = super::out::unguard(record.get(i)?.trim());
            (!value.is_empty()).then(|| (value, self.headers[i].as_str()))
        })
    }

    /// Every non-empty value of `field`, in column order.
    pub fn all<'r>(&self, record: &'r csv::StringRecord, field: Field) -> Vec<&'r str> {
        self.fields
            .iter()
            .enumerate()
            .filter(|(_, f)| **f == Some(field))
            .filter_map(|(i, _)| record.get(i).map(|v| super::out::unguard(v.trim())).filter(|v| !v.is_empty()))
            .collect()
    }

    pub fn has(&self, field: Field) -> bool {
        self.fields.contains(&Some(field))
    }

    /// The headers of the file, quoted, for a refusal.
    pub fn found(&self) -> String {
        let found: Vec<String> = self
            .headers
            .iter()
            .filter(|h| !h.trim().is_empty())
            .map(|h| crate::t!("import-csv-header", column = h.trim()))
            .collect();
        if found.is_empty() { l10n::text("import-csv-no-headers").to_string() } else { found.join(", ") }
    }

    pub fn ignored(&self) -> Vec<String> {
        self.fields
            .iter()
            .zip(&self.headers)
            .filter(|(f, h)| f.is_none() && !h.trim().is_empty())
            .map(|(_, h)| crate::t!("import-csv-column", column = h.as_str()))
            .collect()
    }
}

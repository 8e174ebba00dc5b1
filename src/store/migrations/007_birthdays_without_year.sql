-- A birthday may be a day and month without a year, stored as "--MM-DD"
-- beside the full "YYYY-MM-DD". The index by month and day takes the last
-- five characters, "MM-DD" in both; an older keyplan, which would read
-- "--MM-DD" as a broken date, refuses this newer schema.
DROP INDEX people_birthday_day;
CREATE INDEX people_birthday_day ON people (substr(birthday, -5), account_id, name, birthday)
    WHERE birthday IS NOT NULL;

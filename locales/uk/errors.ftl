# Що може статися з файлом бази даних (src/store/error.rs): по реченню на
# кожну помилку. $path — шлях до файлу, $reason — власні слова системи.

err-missing = { $path } не існує
err-not-keyplan = { $path } не є базою даних keyplan
err-foreign = { $path } — база SQLite іншої програми, а не база даних keyplan
err-too-new = { $path } записано новішим keyplan (схема { $found }, цей знає { $known })
err-too-old = { $path } має схему { $found }, а цьому keyplan потрібна { $known }; відкрийте її один раз у keyplan, щоб оновити
err-unreadable = { $path } не вдається прочитати ({ $reason })
err-read-only = { $path } доступний лише для читання, тож keyplan не може в нього зберігати (перевірте права доступу)
err-read-only-directory = { $path } лежить у каталозі, куди keyplan не може писати ({ $dir }), тож його можна читати, але не змінювати
err-empty = { $path } порожній і не є базою даних keyplan; команда, що лише читає, ніколи її не створює
err-damaged = { $path } пошкоджено ({ $reason }): найновіші резервні копії — у { $backups } (і копії { $name }.before-v…bak поруч); поверніть одну командою `keyplan restore PATH`
err-cannot-create = { $path } не вдається створити ({ $reason })
err-backup = не вдалося записати резервну копію { $path } ({ $reason })
err-permissions = не вдалося встановити права доступу до { $path } ({ $reason })
err-duplicate-name = відкритий клієнт із назвою «{ $name }» уже є
err-not-found = { $what } не існує
err-conflict = { $what } змінено деінде, відколи ви це відкрили (версія { $theirs }, ваша почалася з { $mine }): нічого не перезаписано
err-migration = не вдалося оновити базу даних ({ $reason })
err-sqlite = помилка бази даних ({ $reason })

## Записи, які речення називає за номером: «клієнт 7 не існує».

err-record-account = клієнт
err-record-objective = задача
err-record-milestone = контрольна точка
err-record-person = особа
err-record-competitor = конкурент
err-record-touchpoint = контакт
err-record-change = зміна

## Значення, які сховище відхиляє.

err-account-needs-name = клієнтові потрібна назва
err-contact-every-too-small = частота контактів має бути щонайменше один день
err-milestone-needs-title = контрольній точці потрібна назва
err-competitor-needs-name = конкурентові потрібна назва
err-person-needs-name = людині потрібне ім'я
err-reports-to-self = людина не може підпорядковуватися сама собі
err-reports-to-other-account = людина може підпорядковуватися лише комусь того самого клієнта
err-reports-in-circle = тоді люди підпорядковувалися б одне одному по колу
err-influence-range = вплив — від 1 до 5, а не { $influence }

## Резервні копії та відновлення.

err-backup-is-database = { $path } — це сама база даних, а не її резервна копія
err-backup-damaged = { $path } пошкоджено ({ $reason }), тому його не відновлено
err-busy = { $path } був зайнятий { $seconds } { $seconds ->
        [one] секунду
        [few] секунди
       *[other] секунд
    }; спробуйте ще раз, коли жоден інший keyplan не зберігатиме
err-backup-name-not-utf8 = { $path } не можна скопіювати, бо його назва — не чинний UTF-8

## Скасування змін.

err-undo-no-version = зміна { $change } не зберігає версії, до якої можна повернутися
err-undo-foreign = зміну { $change } збережено іншим keyplan, її не можна скасувати
err-undo-new-account = нового клієнта скасовують, остаточно вилучивши його (D)

## Відмови сховища, які може побачити людина

err-follow-up-other-account = контакт { $id } належить іншому клієнту
err-follow-up-no-step = контакт { $id } не обіцяв наступного кроку
err-follow-up-closed = наступний крок контакту { $id } уже закрито ({ $date })
err-follow-up-later = наступний крок контакту { $id } обіцяно { $promised }, тобто після цього контакту ({ $date })
err-header-ends-inside = файл уривається посеред заголовка
err-header-cut-off = файл обрізано: він коротший, ніж указано в заголовку
err-header-altered-at = заголовок пошкоджено в байті { $at }
err-header-altered-start = заголовок пошкоджено в перших байтах
err-file-exists = файл із такою назвою вже є; keyplan ніколи не перезаписує файли
err-file-appeared = тим часом з'явився файл із такою назвою
err-file-in-the-way = заважає файл із такою назвою
err-snooze-no-versions = у відкладення немає версій
err-wal-unreadable = його останні зміни лежать у файлі -wal, а keyplan може прочитати їх лише там, де може створити поруч файл -shm; скопіюйте обидва файли в каталог, куди можна писати (у каталог { $directory } писати не можна)
err-is-directory = це каталог
err-person-not-of-account = особа { $person } не належить до людей цього клієнта, тож не може брати участь у його контакті
err-dossier-person-twice = «{ $whose }» посилається на особу { $person }, але в досьє дві людини з таким id
err-dossier-person-unknown = «{ $whose }» посилається на особу { $person }, якої немає серед людей досьє
err-cadence-ideal-zero = ideal_days має бути щонайменше 1
err-cadence-max-below-ideal = max_days не може бути меншим за ideal_days

# Что может случиться с файлом базы данных (src/store/error.rs): по
# предложению на ошибку. $path — путь к файлу, $reason — слова системы.

err-missing = { $path } не существует
err-not-keyplan = { $path } не является базой данных keyplan
err-foreign = { $path } — база SQLite другой программы, а не база данных keyplan
err-too-new = { $path } записан более новым keyplan (схема { $found }, этот знает { $known })
err-too-old = у { $path } схема { $found }, а этому keyplan нужна { $known }; откройте его один раз в keyplan, чтобы обновить
err-unreadable = { $path } не удаётся прочитать ({ $reason })
err-read-only = { $path } доступен только для чтения, поэтому keyplan не может в него сохранять (проверьте права доступа)
err-read-only-directory = { $path } лежит в каталоге, куда keyplan не может писать ({ $dir }), поэтому его можно читать, но не изменять
err-empty = { $path } пуст и не является базой данных keyplan; команда, которая только читает, никогда её не создаёт
err-damaged = { $path } повреждён ({ $reason }): последние резервные копии — в { $backups } (и копии { $name }.before-v…bak рядом); верните одну командой `keyplan restore PATH`
err-cannot-create = { $path } не удаётся создать ({ $reason })
err-backup = не удалось записать резервную копию { $path } ({ $reason })
err-permissions = не удалось установить права доступа к { $path } ({ $reason })
err-duplicate-name = открытый клиент с названием «{ $name }» уже есть
err-not-found = { $what } не существует
err-conflict = { $what } изменено в другом месте, пока вы работали (версия { $theirs }, ваша началась с { $mine }): ничего не перезаписано
err-migration = не удалось обновить базу данных ({ $reason })
err-sqlite = ошибка базы данных ({ $reason })

## Записи, которые предложение называет по номеру: «клиент 7 не существует».

err-record-account = клиент
err-record-objective = цель
err-record-milestone = контрольная точка
err-record-person = человек
err-record-competitor = конкурент
err-record-touchpoint = контакт
err-record-change = изменение

## Значения, которые хранилище отклоняет.

err-account-needs-name = клиенту нужно название
err-contact-every-too-small = периодичность контактов должна быть не меньше одного дня
err-milestone-needs-title = контрольной точке нужно название
err-competitor-needs-name = конкуренту нужно название
err-person-needs-name = человеку нужно имя
err-reports-to-self = человек не может подчиняться сам себе
err-reports-to-other-account = человек может подчиняться только кому-то того же клиента
err-reports-in-circle = тогда люди подчинялись бы друг другу по кругу
err-influence-range = влияние — от 1 до 5, а не { $influence }

## Резервные копии и восстановление.

err-backup-is-database = { $path } — это сама база данных, а не её резервная копия
err-backup-damaged = { $path } повреждён ({ $reason }), поэтому не восстановлен
err-busy = { $path } был занят { $seconds } { $seconds ->
        [one] секунду
        [few] секунды
       *[other] секунд
    }; попробуйте снова, когда никакой другой keyplan не будет сохранять
err-backup-name-not-utf8 = { $path } нельзя скопировать, так как его имя — не корректный UTF-8

## Отмена изменений.

err-undo-no-version = изменение { $change } не хранит версии, к которой можно вернуться
err-undo-foreign = изменение { $change } сохранено другим keyplan, его нельзя отменить
err-undo-new-account = нового клиента отменяют, окончательно удалив его (D)

## Отказы хранилища, которые может увидеть человек

err-follow-up-other-account = контакт { $id } относится к другому клиенту
err-follow-up-no-step = контакт { $id } не обещал следующего шага
err-follow-up-closed = следующий шаг контакта { $id } уже закрыт ({ $date })
err-follow-up-later = следующий шаг контакта { $id } обещан { $promised }, то есть после этого контакта ({ $date })
err-header-ends-inside = файл обрывается посреди заголовка
err-header-cut-off = файл обрезан: он короче, чем указано в заголовке
err-header-altered-at = заголовок повреждён в байте { $at }
err-header-altered-start = заголовок повреждён в первых байтах
err-file-exists = файл с таким именем уже есть; keyplan никогда не перезаписывает файлы
err-file-appeared = тем временем появился файл с таким именем
err-file-in-the-way = мешает файл с таким именем
err-snooze-no-versions = у отложенного напоминания нет версий
err-wal-unreadable = его последние изменения лежат в файле -wal, а keyplan может прочитать их только там, где может создать рядом файл -shm; скопируйте оба файла в каталог, куда можно писать (в { $directory } писать нельзя)
err-is-directory = это каталог
err-person-not-of-account = человек { $person } не из людей этого клиента, поэтому не может участвовать в его контакте
err-dossier-person-twice = «{ $whose }» ссылается на человека { $person }, но в досье два человека с таким id
err-dossier-person-unknown = «{ $whose }» ссылается на человека { $person }, которого нет среди людей досье
err-cadence-ideal-zero = ideal_days должно быть не меньше 1
err-cadence-max-below-ideal = max_days не может быть меньше ideal_days

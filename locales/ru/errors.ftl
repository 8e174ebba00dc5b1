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

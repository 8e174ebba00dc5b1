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

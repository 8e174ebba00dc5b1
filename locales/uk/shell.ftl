# Повідомлення команд оболонки.

shell-lang-unknown = keyplan розмовляє мовами en, uk, ru і ka, але не «{ $found }»

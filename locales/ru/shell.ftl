# Сообщения команд оболочки.

shell-lang-unknown = keyplan говорит на en, uk, ru и ka, но не на «{ $found }»

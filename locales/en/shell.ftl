# Messages of the shell commands.

shell-lang-unknown = keyplan speaks en, uk, ru and ka, not "{ $found }"

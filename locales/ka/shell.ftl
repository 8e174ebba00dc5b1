# გარსის ბრძანებების შეტყობინებები.

shell-lang-unknown = keyplan საუბრობს en, uk, ru და ka ენებზე და არა „{ $found }“

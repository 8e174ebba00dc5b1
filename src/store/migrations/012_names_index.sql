-- keyplan schema 12: an account named on the command line (`show Київ`,
-- `log "Acme" ...`) is found by its lower-case name in one range of an
-- index, open or closed, without reading every name; the Plan tab walks
-- the same index for its accounts' names and currencies in name order.
CREATE INDEX accounts_named ON accounts (name_key, id, name, status, currency);

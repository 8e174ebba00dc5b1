#!/usr/bin/env bash
# Checks keyplan's vCards with the tools that read them:
#   1. makes the sample portfolio in a temporary directory;
#   2. exports everyone's cards as vCard 4.0 and 3.0 (`keyplan people`);
#   3. parses both with python's vobject (pip install vobject), field by field;
#   4. puts the 4.0 and the 3.0 cards into khard address books (apt-get install khard;
#      a temporary configuration, one file per card as vdirsyncer keeps them)
#      and has khard list them, their addresses and birthdays;
#   5. takes one account's cards back out of khard (`khard show --format
#      vcard`) and imports them into keyplan, which must add no one.
# Usage: scripts/check-vcards.sh   (KEYPLAN=path/to/keyplan to skip the build)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [[ -z "${KEYPLAN:-}" ]]; then
    cargo build --quiet
    KEYPLAN=target/debug/keyplan
fi
for tool in python3 khard; do
    command -v "$tool" >/dev/null || { echo "check-vcards: $tool is needed" >&2; exit 2; }
done
python3 -c 'import vobject' 2>/dev/null || { echo "check-vcards: pip install vobject" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LC_ALL=C.UTF-8 XDG_CONFIG_HOME="$work/config"
db="$work/keyplan.db"
keyplan() { "$KEYPLAN" --db "$db" "$@"; }

keyplan demo >/dev/null
people=$(keyplan people --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
echo "sample portfolio: $people people"

for version in 4.0 3.0; do
    keyplan people --vcard "$version" > "$work/people-$version.vcf"
    python3 - "$work/people-$version.vcf" "$version" "$people" <<'PY'
import sys, vobject
path, version, expected = sys.argv[1], sys.argv[2], int(sys.argv[3])
cards = list(vobject.readComponents(open(path, encoding="utf-8").read()))
assert len(cards) == expected, f"{len(cards)} cards, {expected} people"
uids = set()
for c in cards:
    assert c.version.value == version, c.version.value
    assert c.uid.value.startswith("urn:uuid:"), c.uid.value
    uids.add(c.uid.value)
    assert c.fn.value and c.org.value[0], c.fn.value
    for e in c.contents.get("email", []):
        assert "@" in e.value, e.value
assert len(uids) == len(cards), "a UID each"
with_bday = sum(1 for c in cards if "bday" in c.contents)
print(f"vobject: {len(cards)} vCard {version} cards parsed, unique UIDs, {with_bday} with a birthday")
PY
done

# khard: one address book of every card, one of the first account's cards.
account=$(keyplan people --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["account_id"])')
keyplan people "$account" --format vcf > "$work/account.vcf"
split_cards() {
    mkdir -p "$2"
    python3 - "$1" "$2" <<'PY'
import sys, pathlib
text = open(sys.argv[1], encoding="utf-8", newline="").read()
for i, card in enumerate(text.split("BEGIN:VCARD\r\n")[1:]):
    pathlib.Path(sys.argv[2], f"{i:04}.vcf").write_text("BEGIN:VCARD\r\n" + card, encoding="utf-8", newline="")
PY
}
split_cards "$work/people-4.0.vcf" "$work/books/everyone"
split_cards "$work/people-3.0.vcf" "$work/books/everyone-3.0"
split_cards "$work/account.vcf" "$work/books/account"
mkdir -p "$work/config/khard"
cat > "$work/config/khard/khard.conf" <<CONF
[addressbooks]
[[everyone]]
path = $work/books/everyone
[[everyone-3.0]]
path = $work/books/everyone-3.0
[[account]]
path = $work/books/account
CONF
khard_() { khard -c "$work/config/khard/khard.conf" "$@"; }

listed=$(khard_ list -a everyone --parsable | wc -l)
[[ "$listed" -eq "$people" ]] || { echo "khard lists $listed of $people" >&2; exit 1; }
listed3=$(khard_ list -a everyone-3.0 --parsable | wc -l)
[[ "$listed3" -eq "$people" ]] || { echo "khard lists $listed3 of $people vCard 3.0 cards" >&2; exit 1; }
echo "khard: lists all $listed contacts, from vCard 4.0 and from 3.0"
echo "khard: $(khard_ email -a everyone --parsable --remove-first-line | wc -l) e-mail addresses, $(khard_ birthdays -a everyone --parsable | wc -l) birthdays"
khard_ show -a everyone --format pretty "$(keyplan people --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["name"])')" | sed -n '1,12p'

# Back from khard: the cards as khard gives them, into the same account.
: > "$work/from-khard.vcf"
for uid in $(khard_ list -a account --parsable | cut -f1); do
    khard_ show -a account --format vcard "uid:$uid" >> "$work/from-khard.vcf"
done
result=$(keyplan import "$work/from-khard.vcf" --account "$account")
echo "keyplan import of khard's cards: $result"
[[ "$result" == *"0 people added, 0 merged"* ]] || { echo "the round trip added people" >&2; exit 1; }
after=$(keyplan people --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
[[ "$after" -eq "$people" ]] || { echo "$after people after the round trip, $people before" >&2; exit 1; }
echo "check-vcards: all good"

"""Table rules for a postal address split into columns (issue 11, set 17).

``country`` names a nationality in a guest register (Country: CN, US) and is a hint for it
(header_hints.yaml). An English customer or contact export splits the postal address into
columns instead: Address1, City, Province, Zip, Country. There the country is the address's,
where a parcel goes, not what passport the customer holds (set 17's customer exports: a country
code beside Address1 and City is ``None``), and a country alone locates nobody, as a city or a
province alone does not (:mod:`.region_values`). A column named by an explicit nationality word
(nationality, citizenship, 国籍) keeps its type whatever sits beside it.

The same holds for the other split parts named after the address (Default Address City,
billing_address_zip): the address word makes them hints of ``address`` and the name/address
model reads a city (沈阳市) as one, but a header whose last word is the part names the part only.

(set 19) The country is the address's only beside a line of it (Address1, Street, 地址): a trade
fair's visitor list gives each visitor's Country (CHN, DEU) and Province with no address, and
there the country is the visitor's nationality (set 12's 36). A city or a postcode beside it
places the row as finely as a line does (an install log's Country Code and City, a marketing
profile's $country and $city: set 20), so the country is the place's there too.
"""

from __future__ import annotations

from piplkit.discover.scan.columns import ColumnStats, Decision, decide
from piplkit.discover.scan.header_words import contains, tokens
from piplkit.discover.scan.hints import HeaderEvidence, key_of, normalise_header
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.table_context import decide_as_own

#: Headers that name a country without saying whose nationality it is.
_COUNTRY_WORDS = ("country", "countrycode", "countryname", "countryregion")
#: Words of a postal address's line (street and number): a country beside one is the address's.
_ADDRESS_LINES = ("address", "address1", "addr", "addr1", "addressline", "street", "地址", "住址")
#: Last words of a header that name a split part of an address, not the address.
_PART_HEADS = frozenset({"city", "zip", "zipcode", "postcode", "postalcode", "province",
                         "state", "country", "countrycode"})  # fmt: skip
#: Words that name a nationality outright: the column keeps its type.
_NATIONALITY_WORDS = ("nationality", "citizenship", "国籍", "nation")


def apply_postal_rules(
    headers: list[HeaderEvidence],
    stats: list[ColumnStats],
    chance: list[set[str]],
    decisions: list[Decision],
    profiles: ProfileTable,
    *,
    product_table: bool,
) -> None:
    """Decide again, in place, a country column that sits among a postal address's parts and
    an address column whose header names one of its parts."""
    for i, d in enumerate(decisions):
        if d.pi_type == "address" and _part_only(stats[i].name):
            decide_as_own(i, headers, stats, chance, decisions, profiles, product_table)
            continue
        if d.pi_type != "nationality" or not _country_only(stats[i].name):
            continue
        if not any(
            _address_line(s.name) or _locality(s.name) for j, s in enumerate(stats) if j != i
        ):
            continue
        headers[i] = HeaderEvidence(negative=True, organisation=True)
        decisions[i] = decide(
            stats[i], headers[i], chance[i], profiles, product_table=product_table
        )


def _country_only(name: str) -> bool:
    key = key_of(name)
    if any(contains(key, normalise_header(w)) for w in _NATIONALITY_WORDS):
        return False
    return any(key.text.endswith(w) for w in _COUNTRY_WORDS)


def _part_only(name: str) -> bool:
    words = tokens(name)
    return len(words) > 1 and (words[-1] in _PART_HEADS or "".join(words[-2:]) in _PART_HEADS)


#: Last words of a header naming a place finer than a province (a city, a postcode).
_LOCALITY_WORDS = frozenset({"city", "zip", "zipcode", "postcode", "postalcode"})
_LOCALITY_ZH = ("城市", "邮编", "邮政编码")


def _locality(name: str) -> bool:
    words = tokens(name)
    if words and (words[-1] in _LOCALITY_WORDS or "".join(words[-2:]) in _LOCALITY_WORDS):
        return True
    return key_of(name).text.endswith(_LOCALITY_ZH)


def _address_line(name: str) -> bool:
    key = key_of(name)
    return any(contains(key, normalise_header(w)) for w in _ADDRESS_LINES)

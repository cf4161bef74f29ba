"""The contract's vocabularies and value rules (../../shared/spec/exports.md), as brief applies them.

Transcribed from Sources/Validate/Vocabularies/*.swift, Sources/Validate/Values/*.swift and
Sources/BriefModel/Vocabulary/*.swift, so that every peer accepts and rejects exactly the rows
brief does. Every function here takes ONE distinct value: the peers call them once per distinct
label, date or calibre (a few thousand), never once per row.
"""
import datetime as dt
import re
import unicodedata

CATEGORIES = {
    "ied": ["ied", "IED attack", "IED strike", "EEI", "engin explosif improvise", "mine", "landmine", "mine/IED"],
    "ied_find": ["ied_find", "IED find", "IED found", "IED discovered", "IED cleared", "IED neutralised",
                 "IED neutralized", "EEI decouvert", "EEI neutralise"],
    "indirect_fire": ["indirect_fire", "IDF", "rocket attack", "mortar attack", "rockets/mortars",
                      "rocket and mortar", "shelling", "tirs indirects", "tir indirect"],
    "small_arms_fire": ["small_arms_fire", "SAF", "direct fire", "tirs directs", "attaque armee"],
    "complex": ["complex", "complex attack", "attaque complexe"],
    "other": ["other", "autre", "kidnapping", "enlevement", "abduction", "arson", "incendie", "sabotage"],
}
ATTACK_TYPES = ["ied", "indirect_fire", "small_arms_fire", "complex"]

PARTIES = {
    "minusma": ["minusma", "UN", "United Nations", "ONU", "peacekeepers", "casques bleus", "UN peacekeepers"],
    "national_forces": ["national_forces", "FAMa", "Malian armed forces", "FDSM", "forces armees maliennes",
                        "gendarmerie", "garde nationale", "police"],
    "international_forces": ["international_forces", "Barkhane", "Serval", "Takuba", "French forces",
                             "forces francaises", "EUTM"],
    "civilians": ["civilians", "civilian", "civils", "population", "civilian population"],
    "armed_groups": ["armed_groups", "CMA", "Plateforme", "Platform", "signatory armed groups",
                     "groupes armes signataires"],
    "other": ["other", "autre", "unknown", "inconnu"],
}

IED_TYPES = {
    "rcied": ["rcied", "radio-controlled", "remote-controlled", "remote controlled IED", "EEI radiocommande"],
    "victim_operated": ["victim_operated", "VOIED", "pressure plate", "plaque de pression"],
    "command_wire": ["command_wire", "CWIED"],
    "timer": ["timer", "time", "TPU"],
    "suicide": ["suicide", "SVBIED", "VBIED", "PBIED"],
    "unknown": ["unknown", "inconnu", "n/a", "na"],
}

# canonical region -> (zone, other spellings)
REGIONS = {
    "Gao": ("northern", []), "Kidal": ("northern", []), "Ménaka": ("northern", ["Menaka"]),
    "Timbuktu": ("northern", ["Tombouctou", "Tomboctou", "Tombouctu"]),
    "Taoudeni": ("northern", ["Taoudénit", "Taoudenit", "Taoudenni"]),
    "Bandiagara": ("central", ["Bandigara"]), "Douentza": ("central", []), "Mopti": ("central", []),
    "San": ("central", []), "Ségou": ("central", []),
    "Bamako": ("southern", ["District de Bamako", "Bamako District"]), "Bougouni": ("southern", []),
    "Dioïla": ("southern", []), "Kayes": ("southern", []), "Kita": ("southern", []),
    "Koulikoro": ("southern", []), "Koutiala": ("southern", []), "Nara": ("southern", []),
    "Nioro": ("southern", ["Nioro du Sahel"]), "Sikasso": ("southern", []),
}
ZONES = ["northern", "central", "southern"]

# (CLDR English name, ISO 3166 code, other names)
COUNTRIES = [
    ('Soviet Union', 'SUHH', ['USSR', 'URSS', 'Union sovietique', 'SU', 'SUN', 'Union soviétique']),
    ('Czechoslovakia', 'CSHH', ['CSSR', 'Tchecoslovaquie', 'CSK', 'CS']),
    ('Yugoslavia', 'YUCS', ['SFRY', 'Yougoslavie', 'YUG', 'YU']),
    ('East Germany', 'DDDE', ['GDR', 'DDR', 'RDA', 'German Democratic Republic', "Allemagne de l'Est"]),
    ('Russia', 'RU', ['Russian Federation', 'Russie', 'RUS', 'Federation de Russie']),
    ('China', 'CN', ['PRC', "People's Republic of China", 'Chine', 'CHN']),
    ('North Korea', 'KP', ['DPRK', 'Coree du Nord', 'PRK', "Democratic People's Republic of Korea"]),
    ('South Korea', 'KR', ['Republic of Korea', 'Coree du Sud', 'KOR']),
    ('Czechia', 'CZ', ['Czech Republic', 'Republique tcheque', 'Tchequie', 'CZE']),
    ('Algeria', 'DZ', ['Algerie', 'DZA']),
    ('Belgium', 'BE', ['Belgique', 'BEL']),
    ('Bulgaria', 'BG', ['Bulgarie', 'BGR']),
    ('Egypt', 'EG', ['Egypte', 'EGY']),
    ('France', 'FR', ['FRA']),
    ('Hungary', 'HU', ['Hongrie', 'HUN']),
    ('Iran', 'IR', ['Islamic Republic of Iran', 'IRN']),
    ('Iraq', 'IQ', ['Irak', 'IRQ']),
    ('Jordan', 'JO', ['Jordanie', 'JOR']),
    ('Poland', 'PL', ['Pologne', 'POL']),
    ('Romania', 'RO', ['Roumanie', 'ROU']),
    ('Serbia', 'RS', ['Serbie', 'SRB']),
    ('Sudan', 'SD', ['Soudan', 'SDN']),
    ('Syria', 'SY', ['Syrie', 'Syrian Arab Republic', 'SYR']),
    ('Zimbabwe', 'ZW', ['ZWE']),
    ('Germany', 'DE', ['Allemagne', 'DEU', 'West Germany', 'FRG']),
    ('Ukraine', 'UA', ['UKR']),
    ('Belarus', 'BY', ['Bielorussie', 'BLR']),
    ('Bosnia and Herzegovina', 'BA', ['Bosnie-Herzegovine', 'Bosnia', 'BIH']),
    ('Croatia', 'HR', ['Croatie', 'HRV']),
    ('Montenegro', 'ME', ['MNE']),
    ('North Macedonia', 'MK', ['Macedoine du Nord', 'Macedonia', 'MKD']),
    ('Slovakia', 'SK', ['Slovaquie', 'SVK']),
    ('Slovenia', 'SI', ['Slovenie', 'SVN']),
    ('Albania', 'AL', ['Albanie', 'ALB']),
    ('Greece', 'GR', ['Grece', 'GRC']),
    ('Turkey', 'TR', ['Turquie', 'Turkiye', 'TUR']),
    ('Israel', 'IL', ['ISR']),
    ('Lebanon', 'LB', ['Liban', 'LBN']),
    ('Libya', 'LY', ['Libye', 'LBY']),
    ('Tunisia', 'TN', ['Tunisie', 'TUN']),
    ('Morocco', 'MA', ['Maroc', 'MAR']),
    ('Nigeria', 'NG', ['NGA']),
    ('South Africa', 'ZA', ['Afrique du Sud', 'ZAF']),
    ('Ethiopia', 'ET', ['Ethiopie', 'ETH']),
    ('Kenya', 'KE', ['KEN']),
    ('Saudi Arabia', 'SA', ['Arabie saoudite', 'SAU']),
    ('United Arab Emirates', 'AE', ['Emirats arabes unis', 'UAE', 'ARE']),
    ('Pakistan', 'PK', ['PAK']),
    ('India', 'IN', ['Inde', 'IND']),
    ('Vietnam', 'VN', ['Viet Nam', 'VNM']),
    ('Cuba', 'CU', ['CUB']),
    ('Kazakhstan', 'KZ', ['KAZ']),
    ('Georgia', 'GE', ['Georgie', 'GEO']),
    ('Armenia', 'AM', ['Armenie', 'ARM']),
    ('Azerbaijan', 'AZ', ['Azerbaidjan', 'AZE']),
    ('Austria', 'AT', ['Autriche', 'AUT']),
    ('Switzerland', 'CH', ['Suisse', 'CHE']),
    ('Italy', 'IT', ['Italie', 'ITA']),
    ('Spain', 'ES', ['Espagne', 'ESP']),
    ('Portugal', 'PT', ['PRT']),
    ('United Kingdom', 'GB', ['UK', 'Royaume-Uni', 'Great Britain', 'GBR']),
    ('United States', 'US', ['USA', 'Etats-Unis', 'United States of America']),
    ('Brazil', 'BR', ['Bresil', 'BRA']),
    ('Argentina', 'AR', ['Argentine', 'ARG']),
    ('Finland', 'FI', ['Finlande', 'FIN']),
    ('Sweden', 'SE', ['Suede', 'SWE']),
    ('Norway', 'NO', ['Norvege', 'NOR']),
    ('Denmark', 'DK', ['Danemark', 'DNK']),
    ('Netherlands', 'NL', ['Pays-Bas', 'NLD']),
    ('Mali', 'ML', ['MLI']),
    ('Burkina Faso', 'BF', ['BFA']),
    ('Niger', 'NE', ['NER']),
    ('Chad', 'TD', ['Tchad', 'TCD']),
    ('Mauritania', 'MR', ['Mauritanie', 'MRT']),
    ('Senegal', 'SN', ['SEN']),
    ('Côte d’Ivoire', 'CI', ["Cote d'Ivoire", 'Ivory Coast', 'CIV']),
    ('Ghana', 'GH', ['GHA']),
    ('Cameroon', 'CM', ['Cameroun', 'CMR']),
    ('Uganda', 'UG', ['Ouganda', 'UGA']),
    ('Tanzania', 'TZ', ['Tanzanie', 'TZA']),
    ('Qatar', 'QA', ['QAT']),
    ('Yemen', 'YE', ['YEM']),
    ('Afghanistan', 'AF', ['AFG']),
    ('Myanmar', 'MM', ['Burma', 'Birmanie', 'MMR']),
    ('Indonesia', 'ID', ['Indonesie', 'IDN']),
    ('Singapore', 'SG', ['Singapour', 'SGP']),
    ('Japan', 'JP', ['Japon', 'JPN']),
    ('Taiwan', 'TW', ['TWN']),
    ('Canada', 'CA', ['CAN']),
    ('Australia', 'AU', ['Australie', 'AUS']),
    ('Mexico', 'MX', ['Mexique', 'MEX']),
    ('Chile', 'CL', ['Chili', 'CHL']),
    ('Colombia', 'CO', ['Colombie', 'COL']),
    ('Venezuela', 'VE', ['VEN']),
    ('Lithuania', 'LT', ['Lituanie', 'LTU']),
    ('Latvia', 'LV', ['Lettonie', 'LVA']),
    ('Estonia', 'EE', ['Estonie', 'EST']),
    ('Moldova', 'MD', ['Moldavie', 'MDA']),
    ('Uzbekistan', 'UZ', ['Ouzbekistan', 'UZB']),
]

UNKNOWN_TOKENS = {"", "unknown", "inconnu", "n/a", "na", "?", "-"}
_SEPARATORS = {" ", "-", "_", "\t", "\u00a0"}


def fold(label):
    """No case, no accents, runs of spaces, hyphens and underscores as one space (LabelKey.fold)."""
    plain = "".join(c for c in unicodedata.normalize("NFD", label) if unicodedata.category(c) != "Mn").lower()
    out, pending = [], False
    for c in plain:
        if c in _SEPARATORS:
            pending = bool(out)
            continue
        if pending:
            out.append(" ")
        pending = False
        out.append("'" if c == "’" else c)
    return "".join(out)


def _table(pairs):
    return {fold(label): value for value, labels in pairs for label in labels}


CATEGORY_OF = _table(CATEGORIES.items())
PARTY_OF = _table(PARTIES.items())
IED_TYPE_OF = _table(IED_TYPES.items())
REGION_OF = _table((name, [name] + spellings) for name, (_, spellings) in REGIONS.items())
ZONE_OF = {name: zone for name, (zone, _) in REGIONS.items()}
COUNTRY_OF = _table((name, [name, code] + aliases) for name, code, aliases in COUNTRIES)


def is_unknown(text):
    """Blank or an unknown token: the value is unknown (trimmed, any case)."""
    return text is None or text.strip().lower() in UNKNOWN_TOKENS


def optional_text(text):
    """Optional free text as brief keeps it: trimmed, None when unknown."""
    return None if is_unknown(text) else text.strip()


_MONTHS = {}
for _n, _names in enumerate([
    ["january", "jan", "janvier", "janv"], ["february", "feb", "fevrier", "fev", "fevr"], ["march", "mar", "mars"],
    ["april", "apr", "avril", "avr"], ["may", "mai"], ["june", "jun", "juin"], ["july", "jul", "juillet", "juil"],
    ["august", "aug", "aout"], ["september", "sep", "sept", "septembre"], ["october", "oct", "octobre"],
    ["november", "nov", "novembre"], ["december", "dec", "decembre"]], start=1):
    for _name in _names:
        _MONTHS[_name] = _n
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?", re.S)
_DAY_FIRST = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})")


def parse_date(text, reference):
    """A date of the contract's forms as a datetime.date, or None (bad-date); day-first only."""
    if text is None or not text.strip():
        return None
    text = text.strip()
    if m := _ISO.fullmatch(text):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif m := _DAY_FIRST.fullmatch(text):
        y, mo, d = int(m[4]), int(m[3]), int(m[1])
    else:
        words = fold(text).split(" ")
        if len(words) != 3 or len(words[2]) != 4 or not words[2].isdigit():
            return None
        day = re.sub(r"(er|st|nd|rd|th)$", "", words[0])
        month = _MONTHS.get(words[1].removesuffix("."))
        if not (day.isdigit() and len(day) <= 2) or month is None:
            return None
        y, mo, d = int(words[2]), month, int(day)
    try:
        date = dt.date(y, mo, d)
    except ValueError:
        return None
    return date if date <= reference else None


def parse_count(text):
    """A count: (value, known) or None when it is bad (negative, fractional, not a number)."""
    if is_unknown(text):
        return (0, False)
    t = text.strip()
    try:
        value = float(t.replace(",", "."))
    except ValueError:
        return None
    if value != value or value in (float("inf"), float("-inf")) or value < 0 or value > 1e9 or value != int(value):
        return None
    return (int(value), True)


_CALIBRE = re.compile(r"([0-9.]+)(?:x([0-9.]+))?(?:mm)?(r)?")


def _number(text):
    try:
        return float(text)
    except ValueError:
        return None


def _mm(x):
    return str(int(x)) if x == int(x) else repr(x)


def parse_calibre(text):
    """A calibre in brief's one spelling (`7.62x39mm`, `7.62x54mmR`, `81mm`) with its bore and whether it
    is a cartridge, or None (bad-calibre)."""
    s = text.lower().replace(",", ".").replace("×", "x").replace(" ", "")
    m = _CALIBRE.fullmatch(s)
    if not m:
        return None
    bore = _number(m[1])
    length = _number(m[2]) if m[2] is not None else None
    if bore is None or not 0 < bore <= 500 or (m[2] is not None and (length is None or not 0 < length <= 1000)):
        return None
    if m[3] and length is None:
        return None
    if length is None:
        return (f"{_mm(bore)}mm", bore, False)
    return (f"{_mm(bore)}x{_mm(length)}mm{'R' if m[3] else ''}", bore, True)


def parse_year(text, reference_year):
    """A production year: (year, known), or None when bad (bad-year)."""
    if is_unknown(text):
        return (None, False)
    t = text.strip()
    if len(t) != 4 or not t.isdigit() or not 1900 <= int(t) <= reference_year:
        return None
    return (int(t), True)


def parse_degrees(text):
    try:
        value = float(text.strip().replace(",", ".").replace("−", "-"))
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def in_mali(lat, lon):
    return 10.1 <= lat <= 25.1 and -12.3 <= lon <= 4.3


def sniff(path, raw=None):
    """(encoding, delimiter) of an export as brief detects them: UTF-8 (a byte-order mark allowed) when the
    bytes are valid UTF-8, otherwise Windows-1252; the delimiter that occurs most in the header line."""
    raw = open(path, "rb").read() if raw is None else raw
    try:
        raw.decode("utf-8")
        encoding = "utf-8-sig"
    except UnicodeDecodeError:
        encoding = "cp1252"
    header = raw[:raw.find(b"\n")]
    return encoding, max([",", ";", "\t"], key=lambda d: header.count(d.encode()))


def reference_date():
    """The run's reference date: the day of SOURCE_DATE_EPOCH when set, otherwise today (UTC)."""
    import os
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    now = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch else dt.datetime.now(dt.timezone.utc)
    return now.date()

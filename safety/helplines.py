"""Hard-coded helplines by region, and which of them to show for each kind of crisis.

Numbers are the ones vetted in issue 3 from official pages; `reviewed` is the date they were last
checked against that list. Change a number only with a new source and a new reviewed date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from safety.result import Category

# The one list of regions (deep links, /region, `nightlight link`, articles): each has a
# reviewed helpline list below.
REGIONS: tuple[str, ...] = ("uk", "us", "ie", "ca", "au")
# An article names the region its source was written for, which may be none of the above.
# Articles only, never a parent's region: no helplines hang on these.
ARTICLE_ONLY_REGIONS: dict[str, str] = {
    "international": "a source written for readers anywhere",
}
ARTICLE_REGIONS: tuple[str, ...] = (*REGIONS, *ARTICLE_ONLY_REGIONS)
DEFAULT_REGION = "uk"
UNKNOWN_REGION = "unknown"
REVIEWED = date(2026, 11, 21)

# Names people actually type for a region (deep links and /region use the two-letter codes).
_REGION_ALIASES: dict[str, str] = {
    "uk": "uk", "gb": "uk", "united kingdom": "uk", "england": "uk", "scotland": "uk",
    "wales": "uk", "northern ireland": "uk", "britain": "uk", "great britain": "uk",
    "us": "us", "usa": "us", "united states": "us", "america": "us",
    "ie": "ie", "ireland": "ie", "eire": "ie", "roi": "ie", "republic of ireland": "ie",
    "ca": "ca", "canada": "ca",
    "au": "au", "australia": "au",
}


@dataclass(frozen=True)
class Helpline:
    name: str
    number: str  # as shown to a person, e.g. "116 123" or "text SHOUT to 85258"
    how: str  # "call", "text", "call or text"
    hours: str
    note: str
    region: str
    source: str  # the publisher's official page
    reviewed: date
    emergency: bool = False
    tel: str | None = None  # digits for a tel: link; None for text-only lines


def _line(region: str, name: str, number: str, how: str, hours: str, note: str, source: str,
          *, emergency: bool = False, tel: str | None = None) -> Helpline:
    return Helpline(name=name, number=number, how=how, hours=hours, note=note, region=region,
                    source=source, reviewed=REVIEWED, emergency=emergency, tel=tel)


# --- every line, once -----------------------------------------------------------------------

UK_999 = _line("uk", "Emergency services (UK)", "999", "call", "24/7",
               "If you can't speak, call 999 and then press 55.",
               "https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/",
               emergency=True, tel="999")
UK_111 = _line("uk", "NHS 111", "111", "call", "24/7",
               "Urgent medical advice. For a mental health crisis, call 111 and choose the "
               "mental health option.", "https://111.nhs.uk/", tel="111")
UK_SAMARITANS = _line("uk", "Samaritans (UK)", "116 123", "call", "24/7", "Free to call, any time.",
                      "https://www.samaritans.org/", tel="116123")
UK_SHOUT = _line("uk", "Shout", "text SHOUT to 85258", "text", "24/7",
                 "Free, confidential text support.", "https://giveusashout.org/")
UK_PANDAS = _line("uk", "PANDAS", "text PANDAS to 85258", "text", "24/7",
                  "Text support for parents with perinatal mental illness.",
                  "https://pandasfoundation.org.uk/")
UK_DOMESTIC_ABUSE = _line("uk", "National Domestic Abuse Helpline (Refuge)", "0808 2000 247",
                          "call", "24/7", "Free and confidential.",
                          "https://www.nationaldahelpline.org.uk/", tel="08082000247")
UK_CRYSIS = _line("uk", "Cry-sis", "0800 448 0737", "call", "7 days, 9am–10pm",
                  "For parents of babies who cry a lot.", "https://www.cry-sis.org.uk/",
                  tel="08004480737")
UK_NSPCC = _line("uk", "NSPCC Helpline", "0808 800 5000", "call", "",
                 "If you're worried about a child.", "https://www.nspcc.org.uk/",
                 tel="08088005000")
UK_NCT = _line("uk", "NCT support line", "0300 330 0700", "call", "",
               "Practical and emotional support for parents; not a crisis line.",
               "https://www.nct.org.uk/", tel="03003300700")

US_911 = _line("us", "Emergency services (US)", "911", "call", "24/7", "", "https://www.911.gov/",
               emergency=True, tel="911")
US_988 = _line("us", "988 Suicide & Crisis Lifeline (US)", "988", "call or text", "24/7", "",
               "https://988lifeline.org/", tel="988")
US_MATERNAL = _line("us", "National Maternal Mental Health Hotline",
                    "1-833-852-6262 (1-833-TLC-MAMA)", "call or text", "24/7",
                    "Support for pregnant and new parents; not a crisis line.",
                    "https://mchb.hrsa.gov/national-maternal-mental-health-hotline",
                    tel="18338526262")
US_PSI = _line("us", "Postpartum Support International HelpLine", "1-800-944-4773", "call", "",
               "Not a crisis line.", "https://www.postpartum.net/", tel="18009444773")
US_DOMESTIC_VIOLENCE = _line("us", "National Domestic Violence Hotline",
                             "1-800-799-7233, or text START to 88788", "call or text", "24/7", "",
                             "https://www.thehotline.org/", tel="18007997233")
US_CHILDHELP = _line("us", "Childhelp National Child Abuse Hotline", "1-800-422-4453", "call",
                     "24/7", "If you're worried about a child.",
                     "https://www.childhelphotline.org/", tel="18004224453")

IE_EMERGENCY = _line("ie", "Emergency services (Ireland)", "112 or 999", "call", "24/7", "",
                     "https://www.gov.ie/", emergency=True, tel="112")
IE_SAMARITANS = _line("ie", "Samaritans (Ireland)", "116 123", "call", "24/7",
                      "Free to call, any time.",
                      "https://www.samaritans.org/ireland/", tel="116123")

CA_911 = _line("ca", "Emergency services (Canada)", "911", "call", "24/7", "",
               "https://www.canada.ca/", emergency=True, tel="911")
CA_988 = _line("ca", "9-8-8 Suicide Crisis Helpline", "988", "call or text", "24/7", "",
               "https://988.ca/", tel="988")

AU_000 = _line("au", "Emergency services (Australia, Triple Zero)", "000", "call", "24/7", "",
               "https://www.triplezero.gov.au/", emergency=True, tel="000")
AU_LIFELINE = _line("au", "Lifeline", "13 11 14 (or text 0477 13 11 14)", "call or text", "24/7",
                    "", "https://www.lifeline.org.au/", tel="131114")
AU_PANDA = _line("au", "PANDA", "1300 726 306", "call", "Mon–Sat 9am–7:30pm AEST",
                 "Perinatal anxiety and depression support.", "https://panda.org.au/",
                 tel="1300726306")

LOCAL_EMERGENCY = _line(
    UNKNOWN_REGION, "Anywhere else", "your local emergency number", "call", "24/7", "",
    "Nightlight fallback for regions without a reviewed list", emergency=True)

# --- which lines, in what order -----------------------------------------------------------
# Per region: the full list (for /helplines), then the lines for each category. The emergency
# number leads wherever a life may be at risk; support lines follow in the order to try them.

_FULL: dict[str, list[Helpline]] = {
    "uk": [UK_999, UK_111, UK_SAMARITANS, UK_SHOUT, UK_PANDAS, UK_DOMESTIC_ABUSE, UK_CRYSIS,
           UK_NSPCC, UK_NCT],
    "us": [US_911, US_988, US_MATERNAL, US_PSI, US_DOMESTIC_VIOLENCE, US_CHILDHELP],
    "ie": [IE_EMERGENCY, IE_SAMARITANS],
    "ca": [CA_911, CA_988],
    "au": [AU_000, AU_LIFELINE, AU_PANDA],
}

_BY_CATEGORY: dict[str, dict[Category, list[Helpline]]] = {
    "uk": {
        Category.BABY_EMERGENCY: [UK_999, UK_111],
        Category.SELF_HARM_SUICIDE: [UK_999, UK_SAMARITANS, UK_SHOUT, UK_111],
        Category.HARM_TO_BABY: [UK_999, UK_111, UK_SAMARITANS, UK_CRYSIS, UK_NSPCC],
        Category.PSYCHOSIS: [UK_999, UK_111],
        # A threat to the baby made to control the parent is abuse: the child line comes too.
        Category.ABUSE: [UK_999, UK_DOMESTIC_ABUSE, UK_NSPCC, UK_SAMARITANS],
        Category.DISTRESS: [UK_SAMARITANS, UK_PANDAS, UK_NCT],
    },
    "us": {
        Category.BABY_EMERGENCY: [US_911],
        Category.SELF_HARM_SUICIDE: [US_911, US_988, US_MATERNAL],
        Category.HARM_TO_BABY: [US_911, US_988, US_MATERNAL, US_CHILDHELP],
        Category.PSYCHOSIS: [US_911, US_988],
        Category.ABUSE: [US_911, US_DOMESTIC_VIOLENCE, US_CHILDHELP, US_988],
        Category.DISTRESS: [US_MATERNAL, US_PSI, US_988],
    },
    "ie": {
        Category.BABY_EMERGENCY: [IE_EMERGENCY],
        Category.SELF_HARM_SUICIDE: [IE_EMERGENCY, IE_SAMARITANS],
        Category.HARM_TO_BABY: [IE_EMERGENCY, IE_SAMARITANS],
        Category.PSYCHOSIS: [IE_EMERGENCY, IE_SAMARITANS],
        Category.ABUSE: [IE_EMERGENCY, IE_SAMARITANS],
        Category.DISTRESS: [IE_SAMARITANS],
    },
    "ca": {
        Category.BABY_EMERGENCY: [CA_911],
        Category.SELF_HARM_SUICIDE: [CA_911, CA_988],
        Category.HARM_TO_BABY: [CA_911, CA_988],
        Category.PSYCHOSIS: [CA_911, CA_988],
        Category.ABUSE: [CA_911, CA_988],
        Category.DISTRESS: [CA_988],
    },
    "au": {
        Category.BABY_EMERGENCY: [AU_000],
        Category.SELF_HARM_SUICIDE: [AU_000, AU_LIFELINE],
        Category.HARM_TO_BABY: [AU_000, AU_LIFELINE, AU_PANDA],
        Category.PSYCHOSIS: [AU_000, AU_LIFELINE],
        Category.ABUSE: [AU_000, AU_LIFELINE],
        Category.DISTRESS: [AU_PANDA, AU_LIFELINE],
    },
}

# We do not know where the parent is: the two emergency numbers most parents here will need,
# and a plain instruction that works anywhere; talk lines follow for the gentler lists.
_UNKNOWN_EMERGENCY = [UK_999, US_911, LOCAL_EMERGENCY]
_UNKNOWN_TALK = [UK_SAMARITANS, US_988]


def normalise_region(value: str | None) -> str:
    """A known region code ("uk", "us", "ie", "ca", "au") or "unknown" for anything else.

    "unknown" (also for None or "") makes helplines_for fall back to the UK and US emergency
    numbers plus "call your local emergency number". Callers wanting the default region
    pass `value or DEFAULT_REGION`.
    """
    if not value:
        return UNKNOWN_REGION
    key = " ".join(value.strip().casefold().replace(".", "").split())
    return _REGION_ALIASES.get(key, UNKNOWN_REGION)


def helplines_for(region: str, category: Category | None = None) -> list[Helpline]:
    """The lines to show for this region and category, most urgent first.

    category None gives the region's full list (for /helplines).
    """
    code = normalise_region(region)
    if code == UNKNOWN_REGION:
        if category is None or category == Category.DISTRESS:
            return [*_UNKNOWN_EMERGENCY, *_UNKNOWN_TALK]
        return list(_UNKNOWN_EMERGENCY)
    if category is None:
        return list(_FULL[code])
    return list(_BY_CATEGORY[code][category])


def all_helplines() -> list[Helpline]:
    """Every entry in this module, for review and tests."""
    lines = {line for region_lines in _FULL.values() for line in region_lines}
    lines.add(LOCAL_EMERGENCY)
    return sorted(lines, key=lambda line: (line.region, line.name))

"""The words the crisis rules are built from: who is meant (oneself, the baby, people in
general), the verbs of harm, and the guards that keep questions and affection ordinary."""

SELF = r"(myself|my self|meself|herself|himself|themselves|ourselves)"
# Who a baby is called in a message. "her" / "him" count, but see OBJECT_END.
BABY = (
    r"((the|my|this|our|his|her|their|your) )?(baby|newborn|infant|son|daughter|boy|girl|child|"
    r"kid|little one|grandson|granddaughter|nephew|niece)"
    r"(?! (monitor|monitors|bath|bottle|bottles|gate|gates|seat|car seat|clothes|stuff|things|"
    r"food|wipes|carrier|sling|swing|bouncer|book|books|toys|toy|group|class|classes|weight|"
    r"shower|formula|milk|blanket|app|oil|shampoo|wash|vest|vests|walker|chair|proofing|"
    r"sign|signing|massage|yoga|music|doll|photos|pictures|scan|pram|buggy|cot|bed|room|"
    r"nursery|blues|clinic|unit|ward|bag|bags|powder|lotion|cream|gym|mat|sitter|names|name|"
    r"shoes|socks|hat|basket|box|bump|brain|teeth|led|steps|stage|phase|weaning|sensory))"
)
CHILD = rf"({BABY}|him|her|them)"
# After "her" a noun would make it possessive ("shakes her rattle"): only these may follow.
OBJECT_END = (
    r"(?=$| (and|but|so|too|hard|harder|again|when|because|as|until|til|to|today|tonight|"
    r"last|earlier|just|a|once|twice|on|in|into|onto|against|around|down|up|out|over|of|off|"
    r"really|or|then|i|he|she|it|is|was|now|before|after|at|with|like|while|if|for|by|"
    r"deliberately|properly|every|all|still|anymore|sometimes|whenever|cause|cos|because|im|"
    r"ive|id|even|but|they|we|my|until|from|across|through|the|away|back|aside|off)\b)"
)
_VOWELS = "aeiou"


def verb_forms(*stems: str) -> str:
    """A regex alternative of every regular form of each verb: "pinch" → pinch, pinches,
    pinched, pinching; "hit" → hit, hits, hitting; "shove" → shoves, shoved, shoving."""
    forms: list[str] = []
    for stem in stems:
        if stem.endswith("e"):
            forms += [stem, stem + "s", stem + "d", stem[:-1] + "ing"]
            continue
        third = stem + "es" if stem.endswith(("sh", "ch", "s", "x", "z")) else stem + "s"
        short_cvc = (
            len(stem) <= 4 and stem[-1] not in _VOWELS + "wxy" and stem[-2] in _VOWELS
            and stem[-3] not in _VOWELS
        )
        base = stem + stem[-1] if short_cvc else stem
        forms += [stem, third, base + "ed", base + "ing"]
    return "(" + "|".join(dict.fromkeys(forms)) + ")"


# Regular verbs by stem (every form follows), irregular past forms listed once.
HARM_VERB = (
    "(" + verb_forms(
        "shake", "hit", "smack", "slap", "punch", "kick", "throw", "chuck", "hurl", "squeeze",
        "pinch", "choke", "strangle", "throttle", "smother", "suffocate", "drown", "stab", "burn",
        "hurt", "harm", "kill", "murder", "shove", "beat", "bash", "batter", "bite", "bruise",
        "starve", "strike", "abuse", "injure", "slam", "toss", "scald", "whack", "thump",
        "wallop", "yank", "headbutt",
    )[1:-1]
    + r"|shook|shaken|threw|thrown|burnt|bit|bitten|beaten|struck|"
    r"rough with|rough handled|roughly handled)"
)
# "smother her in kisses" is love, not harm.
AFFECTION = (
    r"(in|with) (kisses|cuddles|love|hugs|kisses and cuddles|cream|sun ?cream|suncream|lotion|"
    r"nappy cream|attention|affection|praise)"
)
CHOKE = r"(choke|choked|chokes|choking|chocking|choaking|choakin|chokin)"
INTENT = (
    r"(want|wanted|wanting|wish|wishing|ready|going|plan|planning|planned|prefer|rather|like|"
    r"longing|tempted|decided|deciding|about|think about|thinking about|thought about|thinking of|"
    r"thoughts of|thoughts about|considering|considered|contemplating|could|should|might|will|"
    r"would|need|needed|gonna|just|urge|urges|desperate|try|trying|tried|how)"
)

# A word that puts the speaker in the message, or makes it now: a question containing one may
# be a disclosure, so it is not read as a plain question about a topic.
NOT_NOW = r"(?!(i|im|ive|id|ill|me|myself|we|were|our|us|mine|now|tonight|help|please)\b)"
NOT_ME = r"(?!(i|im|ive|id|ill|me|my|myself|we|were|our|us|mine|now|tonight|help|please)\b)"

# People in general, as a question names them ("can you hear voices with psychosis").
PEOPLE = r"(you|people|mums|women|someone|new mums|new mothers|parents|they|mothers|dads)"

# Words that turn a question about suicide into one about how (a means, not a topic).
NOT_A_METHOD = (
    r"(?!(painful|painless|quick|quickest|easy|easiest|best|way|ways|how|method|methods|hurt|"
    r"hurts|take|takes|long|fast|fastest|peaceful|sure|surest|pills|tablets|rope|bridge|jump|"
    r"jumping|works|work|effective|instant)\b)"
)

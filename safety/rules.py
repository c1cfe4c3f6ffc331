"""The crisis and distress patterns, one list per category, each rule with a stable id.

Patterns read the normalised message (see normalise.py): lower case, no apostrophes ("dont",
"im", "theyd", "hell" for "he'll"), no punctuation, stretched letters folded ("sooo" → "so") but
real doubled letters kept ("good", "kill"). They are written in ordinary spelling. Plain "("
groups are made non-capturing when compiled, so a rule reads like the phrase it catches.

They match phrases, not lone words, so "this teething is killing me" or "what is postpartum
psychosis" stay ordinary, while "they'd all be happier if i wasnt around" does not.

Decisions on borderline messages (the labelled sets in tests/data follow them):
- When unsure between crisis and not for self-harm, harm to the baby or a baby emergency, it is
  a crisis: any suicide word about oneself or someone else ("can pnd make you suicidal?"),
  "what do i do if my baby stops breathing", a baby "choking" on something.
- Saying one would not act is no escape ("i wouldnt do anything but they'd be better off").
- Questions about a topic are ordinary ("what is self harm", "signs of a seizure in a baby",
  "is it normal for a newborn to stop breathing for a few seconds"), as are questions about a
  thing's risk ("could the cot bumper suffocate him?").
- Hyperbole is ordinary ("i'd kill for a nap", "i could strangle him for snoring", "screaming
  blue murder"); so are normal newborn quirks (phantom crying, blue hands and feet, eyes
  rolling as they drift off) and sibling rough play ("my toddler keeps hitting the baby").
- Fear of hurting the baby by accident is distress; thoughts or urges to hurt the baby, or
  having hurt the baby, are harm_to_baby. Anger at a crying baby with no harm is distress.
- Category order (first wins): baby_emergency, harm_to_baby, self_harm_suicide, psychosis,
  abuse. Voices telling someone to hurt themselves read as self-harm; voices telling them to
  hurt the baby read as psychosis (FIRST_RULES); all lead with 999.
- The category follows who is at risk. The parent asking how many pills "to not wake up", or
  saying the baby "would be better off without me", is self-harm. A choking (or drowning)
  baby is a baby emergency, never harm_to_baby ("a choking baby" describes the baby); first
  aid for a choking baby and "choking vs gagging" are questions.
- A threat that hangs on what the parent does ("he said he'd hurt the baby if i go to my
  mums", "he'll kill me if i leave") is abuse, checked before every category (FIRST_RULES);
  the abuse reply leads with the emergency number "if you or your baby are in danger" and
  lists the domestic abuse line and the child line. A threat because the baby cries ("if
  she doesn't shut up he'll make her") is harm_to_baby.
- Harm needs someone doing it to the baby: the baby's own movements ("she shook her head",
  "he kicked his legs") and pinched cheeks are not harm (idioms read by harm_to_baby only).
- Doubt about breathing ("i dont think shes breathing", "cant tell if hes breathing") is a
  baby emergency; worry that the baby might stop breathing, periodic pauses and checking
  are not.
- Topic words need a first-person, present situation: "im hallucinating", "hes having a
  seizure", "i think this is coercive control" fire; "can lack of sleep cause
  hallucinations", "what does a febrile seizure look like", "is coercive control a crime",
  research on suicide rates do not. "suicidal" about oneself always fires.
- A hedge anywhere in the clause (lol, teething demon, monitor or telly voices, ads, "then was
  fine") softens a strange-sounding remark; it never softens self-harm or harm to the baby.
- Asking for a helpline number ("domestic abuse helpline") is distress: the answer plus one
  line pointing to /helplines.
"""

from __future__ import annotations

import re

from safety.result import Category

# --- shared pieces ----------------------------------------------------------------------------

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
    r"snap at|rough with|rough handled|roughly handled)"
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

# Idioms masked out before the crisis rules run, so hyperbole never reads as intent.
IDIOMS: tuple[str, ...] = (
    r"\b(kill|killing|murder|die|dying|died) (for|to get|to have|to see|to know)\b",
    r"\b(killing|kill) (myself|me|himself|herself) (laughing|trying|doing|running|working|"
    r"cleaning|tidying|to keep|to get|to make|to finish)\b",
    r"\b(nearly|almost|could have|couldve|practically|literally) died (laughing|of|when|at)\b",
    r"\b(nearly|almost|practically|literally) (killed|kill) (myself|me) (\S+ ){0,2}(tripping|"
    r"falling|slipping|on|over|with|when|going down|running|carrying|laughing)\b",
    r"\b(die|dying|died) (of|from|with) (laughter|laughing|embarrassment|shame|boredom|"
    r"tiredness|exhaustion|heat|thirst|hunger|cuteness|happiness|jealousy)\b",
    r"\bdead (tired|on my feet|to the world|beat|set|easy|simple|good|quiet)\b",
    r"\bto die for\b",
    r"\bmy (arms?|legs?|hands?|body|wrists?|back|feet) (\S+ ){0,2}(limp|floppy|numb|dead)\b",
    r"\b(could|would|will|ll|ill|gonna|going to) (cheerfully |happily |honestly |literally "
    r"|actually )?(strangle|throttle|kill|murder|wring) (him|her|them) (for|if he|when he|if she"
    r"|when she) (waking|snoring|leaving|forgetting|not|being late|eating|drinking|sleeping "
    r"through|buying|saying|playing|watching|going out|wakes|snores|leaves|forgets)\b",
    # Normal newborn breathing pauses asked about, and worry that breathing might stop.
    r"^is it normal (that |when |if )?(\S+ ){0,4}breathing (stops|pauses|stopping|pausing) "
    r"(for )?(a few|a couple of|few|2|3|4|5|a|one|two|three) (seconds|secs|second|moments)\b",
    r"^is it normal (for (my |a |the )?(baby|newborn|babies|newborns|him|her|them|son|daughter) )?"
    r"(to )?(\S+ ){0,3}(stop|stops|pause|pauses) breathing (for )?(a few|a couple of|few|2|3|4|"
    r"5|a|one|two|three) (seconds|secs|second|moments)\b",
    # "he stops breathing for a few seconds when asleep, is that normal": periodic breathing.
    r"\b(stops|stop|stopped|pauses|paused|pausing|stopping) breathing for (a few|a couple of|few|"
    r"2|3|4|5|a|one|two|three|a split) (seconds|secs|second|moments|moment)\b(?=( \S+){0,6} "
    r"(is (that|this|it) normal|normal|periodic breathing|is (that|this|it) (ok|okay)|should i "
    r"worry)\b)",
    r"\b(worry|worried|worrying|scared|afraid|terrified|fear|anxious|paranoid|panic|panicking|"
    r"check|checking|obsessed) (\S+ ){0,4}(will|might|would|could|going to|may|is going to|"
    r"shell|hell|theyll|itll|shed|hed|theyd) "
    r"(stop|stops) breathing\b",
    # Someone else afraid of hurting the baby by accident (a nervous grandparent).
    r"\b(mum|mom|dad|grandma|grandad|nan|nana|grandmother|grandfather|granny|grandpa|mother in "
    r"law|father in law|sister|brother|partner|husband|wife|toddler|friend) (is |s |are |gets |"
    r"was )?(so |really |a bit |very )?(afraid|scared|worried|nervous|terrified|anxious) (of|"
    r"about) (hurting|dropping|harming|breaking|squashing)\b",
    # "how do i know if i have postnatal psychosis?" asks about a topic.
    r"\b(how do i know|how can i tell|how would i know|how to tell|how do you know|how do i tell) "
    r"(if|whether) (i|she|my wife|my partner|someone) (have|has|had|am getting|is getting|might "
    r"have|may have|could have)\b",
    r"(?<!wish i )(?<!wish i could )\b(could|couldve|would|will|gonna) (happily |honestly |"
    r"literally |probably |just )?sleep (forever|for ever|for a week|for a year|for days)\b",
    r"\b(going to|gonna|will|ill|might|could|literally|actually|honestly|seriously) (literally |"
    r"actually |honestly |seriously |just )?die if (he|she|the baby|baby|they|this|it|my "
    r"(baby|son|daughter|husband|partner|toddler))\b",
    r"\b(rather|sooner) (die|be dead) than (?!(live|go on|carry on|feel|wake|keep|be alive|"
    r"exist|be here|face))",
    r"\bvoices in my head (\S+ ){0,8}(lol|haha|hehe|lmao|jk|joking)\b",
    # Asking how to tell choking from gagging is a question, not an emergency.
    r"\b(how do i know|how can i tell|how to tell|how would i know|how do you know|how do you "
    r"tell|whats the difference between|difference between) (if |whether |when )?(\S+ ){0,4}"
    r"(choking|gagging|having a seizure|fitting|having a fit)\b",
    # "the cot bumper could suffocate him?" asks about a thing's risk.
    r"\b(bumper|bumpers|blanket|blankets|pillow|pillows|cord|cords|toy|toys|sling|car seat|"
    r"sleeping bag|duvet|teddy|hat|bib|string|ribbon|it|that|this|they|those|these|cushion|"
    r"cushions|bottle|pouch|pouches|grapes|nuts|popcorn|swaddle|wedge|pod|nest) (could|can|might|"
    r"may|would|will) (\S+ )?(harm|hurt|suffocate|smother|strangle|choke|kill|burn|drown|"
    r"injure|poison)\b",
    r"\b(tired|exhausted|knackered|embarrassed|hungry|happy|bored|hot|shattered) (\S+ ){0,2}"
    r"(i|you) (could|couldve) (just )?(die|drop dead|sleep for a week)\b",
    r"\b(blue|red|purple) in the face( from| with| after)? (screaming|crying|shouting|yelling|"
    r"straining|pooing|pushing|laughing|coughing|the heat)\b",
    r"\b(screamed|screaming|screams|cried|crying|cries|shouting|shouted|yelled|yelling|scream|"
    r"shout|cry|talking|talk|argue|arguing) (\S+ ){0,2}(till|until|til) (im |i am |hes |shes |"
    r"i was |he was |she was |were |theyre |they are )?(blue|red) in the face\b",
    # Whole-message questions about what a word means are not disclosures.
    r"^(what is|whats|what are|what does|define|meaning of|definition of|what do you mean by|"
    r"what counts as|what causes|what are the signs of|what are the symptoms of|signs of|"
    r"symptoms of|how do i spot|how to spot|how common is|how common are|what are signs of)"
    r"( a| an| the)? (self harm|self harming|suicide|psychosis|postpartum psychosis|"
    r"postnatal psychosis|puerperal psychosis|domestic abuse|domestic violence|coercive control|"
    r"abuse|seizure|seizures|febrile seizure|febrile seizures|febrile convulsion|"
    r"febrile convulsions|fit|fits|overdose|shaken baby syndrome|sids|cot death|"
    r"intrusive thoughts|meningitis|sepsis|choking)( mean| meaning| in (a )?(baby|babies|"
    r"newborns|infants|mums|mothers|women|men|dads|parents))?"
    r"(?=( (and|or|so|in|for|like|because|is|are|can|do|does) " + NOT_ME + r"\S+"
    r"( " + NOT_ME + r"\S+){0,10})?$)",
    # "what are the signs (that) my baby is not breathing properly": a question, when nothing
    # in it says it is happening now.
    r"^(what are|whats|what is|what are some|how do i spot|how to spot|how do you spot|how can i "
    r"spot|how do i recognise|how to recognise|how would i know) (the )?(signs|symptoms|warning "
    r"signs|red flags|early signs|first signs)( " + NOT_NOW + r"\S+){0,12}$",
    # "what should i do if he ever stops breathing, just want to be prepared": first aid.
    r"\bif (\S+ ){0,3}(ever )?(stops|stopped|stop|isnt|wasnt) breathing\b(?=.*\b(prepared|"
    r"in case|course|class|first aid|cpr|hypothetically|worst case|before it happens|in advance|"
    r"just want to know|refresher)\b)",
    r"\bif (\S+ ){0,3}(ever )?(has|have|had|gets|starts|is|starts having) (a |an )?(\S+ )?"
    r"(seizure|seizures|convulsion|convulsions|fit|fits|choking)\b(?=.*\b(prepared|in case|"
    r"course|class|first aid|cpr|hypothetically|worst case|before it happens|in advance|just "
    r"want to know|refresher)\b)",
    # Questions about a thing's effect: "can that harm him?" is not intent to harm.
    r"\b(can|could|would|will|does|do|might|did|is|are) (that|this|it|they|these|those|"
    r"doing (that|this)|\w+ing|\w+ing (him|her)) (harm|hurt|damage|injure|harming|hurting) ",
    # "does stress in pregnancy hurt the baby?" asks about an effect, nobody means harm.
    r"^(does|do|can|could|will|would|might|is|are|did|should) (?!i\b)(\S+ ){0,8}?(?<!self )"
    r"(harm|hurt|damage|injure|suffocate|smother|strangle|choke|kill|poison|burn|drown) ",
    # Learning about shaken baby syndrome is not shaking a baby.
    r"\b(about|what is|whats|what causes|causes|video|videos|documentary|leaflet|talk|"
    r"learned|learnt|heard of|prevent|preventing|prevention of|dangers of|risk of|warned us) "
    r"(\S+ ){0,3}shaken baby( syndrome)?\b",
    # A toddler hitting the baby is a sibling-rivalry question, not abuse of the baby.
    r"\b(toddler|sibling|siblings|brother|sister|twin|year old|yr old|eldest|oldest|older one|"
    r"big one|older child|older kid|stepson|stepdaughter) (\S+ ){0,2}("
    + verb_forms("hit", "bite", "kick", "push", "pinch", "scratch", "smack", "slap", "whack",
                 "poke", "squeeze", "hug", "throw", "shove", "pull", "thump", "punch")
    + r"|bit|threw|sat on|sits on|jumped on|jumps on)\b",
    r"\b(i|im|i am|feel like i|felt like i|like i) (cant|can not|cannot|couldnt|could not) "
    r"(breathe|breath|catch my breath)\b",
    # First aid and "choking vs gagging" are questions about a topic.
    r"\b(first aid|cpr|course|class|training|learn|learning|video|leaflet|steps|guide|technique|"
    r"back blows|how to help|how do i help|what to do (for|with)) (\S+ ){0,4}(choking|drowning) "
    r"(baby|babies|infant|infants|child|children|toddler)\b",
    r"\b(choking|drowning) (baby|babies|infant|infants|child) (\S+ ){0,4}(first aid|steps|course|"
    r"class|training|technique|back blows)\b",
    # "what does a sunken fontanelle mean", "if your baby has a seizure": about a topic.
    r"^(what|whats) (does|do|is|are|would)( a| an| the)? (?!(my|it|this|his|her|that)\b)"
    r"(\S+ ){1,4}(mean|look like|looks like|feel like|sound like)\b",
    r"\b(if|when) (your|a) (baby|child|newborn|infant|toddler|little one) (\S+ ){0,2}(seizure|"
    r"seizures|fit|fits|convulsion|convulsions|is choking|chokes|starts choking|stops breathing|"
    r"stop breathing|turns blue|goes blue|is floppy|goes floppy)\b",
    r"\b(choking|choke) (vs|versus|or|and not|compared to|from) (just )?(gagging|gag)\b"
    r"|\b(gagging|gag) (vs|versus|or|and not|compared to|from) (just )?(choking|choke)\b",
)

# Idioms read by one category only: a hedge may soften a strange-sounding remark, never a
# thought of self-harm or of hurting the baby; the baby's own kicks are not harm, but they
# still count when the baby falls or bangs its head.
OWN_MOVES = verb_forms("shake", "kick", "wave", "scratch", "pull", "grab", "bite", "suck", "rub",
                       "touch")
IDIOMS_BY_CATEGORY: dict[Category, tuple[str, ...]] = {
    Category.HARM_TO_BABY: (
        # The baby's own movements: subject and possessive agree ("she shook her head").
        r"\b(she|the baby|baby|my baby|it|lo|my daughter|daughter) (\S+ (and|then) )?"
        r"((just|then|always|keeps|kept|happily|loves to|likes to|wont stop|cant stop|started|"
        r"starts|was|is|s) ){0,2}" + OWN_MOVES + " "
        r"(her|its|their) (own )?(head|legs|leg|arms|arm|hands|hand|feet|foot|fists|fist|face|ear|"
        r"ears|cheek|cheeks|tummy|body|toes|hair|nose|mouth|fingers|rattle|toy|toys)\b",
        r"\b(he|the baby|baby|my baby|it|lo|my son|son) (\S+ (and|then) )?"
        r"((just|then|always|keeps|kept|happily|loves to|likes to|wont stop|cant stop|started|"
        r"starts|was|is|s) ){0,2}" + OWN_MOVES + " "
        r"(his|its|their) (own )?(head|legs|leg|arms|arm|hands|hand|feet|foot|fists|fist|face|ear|"
        r"ears|cheek|cheeks|tummy|body|toes|hair|nose|mouth|fingers|rattle|toy|toys)\b",
        r"\b(shook|shakes|shaking|shake) (his|her|their) head\b",
        # Fear of an accident ("terrified of dropping him down the stairs") is distress.
        r"\b(scared|terrified|afraid|worried|frightened|fear|fearful|anxious|nervous|paranoid|"
        r"panic|panicking) (\S+ ){0,2}(of|about|that i will|that ill|ill|i will|i might|i ll|im "
        r"going to) (accidentally )?(dropping|drop|falling|fall|tripping|trip|slipping|slip)"
        r"( (?!(purpose|deliberately|want|wanted|wanting|urge|urges|mean|meant)\b)\S+){0,8}",
        r"\bshaken baby syndrome\b",
        # Keeping calm "so i never shake my baby" is prevention, not a thought of harm.
        r"\b(so|so that) i (never|dont|do not|wont|will never|dont ever|dont end up) (\S+ )?"
        + HARM_VERB + r" ",
        r"\b(make sure|ensure|avoid|prevent) (that )?(i )?(never |dont |wont |ever )?"
        r"(shaking|hurting|harming|hitting|shake|hurt|harm|hit) ",
        r"\b(harming|hurting|killing|shaking|dropping|drowning|smothering|suffocating) (your|a|"
        r"their|someones) (baby|babies|child|children|newborn|newborns|kids)\b",
        # Why do parents get such thoughts: a question about people in general.
        r"\b(new parents|parents|mums|mothers|dads|fathers|people|new mums|new dads|women|men|"
        r"anyone|others|so many) (\S+ ){0,2}(get|have|experience|feel|report) (\S+ ){0,2}"
        r"(thoughts|urges|images|fears)( (?!(my|i|im|ive)\b)\S+){0,12}",
        # Pinching or squeezing chubby cheeks is affection.
        rf"\b{verb_forms('pinch', 'squeeze', 'kiss', 'stroke')} (his|her|their|the babys|babys) "
        r"(chubby |little |fat |squishy )?(cheeks|cheek|toes|thighs|legs)\b(?!( \S+){0,3} (hard|"
        r"too hard|until|til|till|so hard|bruise|bruised|on purpose))",
    ),
    Category.SELF_HARM_SUICIDE: (
        # Research on suicide is not a disclosure ("suicidal" still is).
        r"\b(suicide|suicides) (risk|risks|rate|rates|statistics|stats|prevention|awareness|"
        r"research|figures|data|numbers)\b",
        r"\b(evidence|research|statistics|stats|data|studies|study|rates|rate|essay|figures|"
        r"leading cause|awareness|prevention|article|articles) (\S+ ){0,2}"
        r"(on|about|of|into|for|from) (\S+ ){0,2}(suicide|suicides)\b(?! (in|for) me)",
        r"(?<!at )(?<!at high )(?<!at real )\b(risk|risks|rates|rate) (\S+ ){0,2}of (\S+ ){0,2}"
        r"(suicide|suicides)\b",
        # A question about the topic with no word for the speaker in it ("is suicide common
        # after birth"); "suicidal" and anything with i / my / me still fire.
        r"^(is|are|what|whats|how|why|when|does|do|can|could|which|who|where)( " + NOT_ME
        + r"\S+){0,8}? (suicide|suicides|self harm|self harming|self injury)( " + NOT_ME
        + NOT_A_METHOD + r"\S+){0,10}$",
    ),
    Category.PSYCHOSIS: (
        # Jokes and nicknames: "the devil tonight lol", "the teething demon".
        r"\b(devil|devils|demon|demons|possessed|evil|antichrist|gremlin|monster)\b( \S+){0,8} "
        r"(lol|haha|hahaha|hehe|lmao|xd|jk|joking|kidding)\b",
        r"\b(lol|haha|hahaha|hehe|lmao) (\S+ ){0,8}(devil|demon|possessed|evil|antichrist)\b",
        r"\b(nothing|none of (this|it)|everything|the world|everyone|everybody|the neighbours|"
        r"neighbours|they|my phone|the tv|the radio)\b( \S+){0,12} (lol|haha|hahaha|lmao|xd|jk|"
        r"joking|kidding)\b",
        r"\b(devil|demon|demons|monster|gremlin|terror|nightmare)( in (him|her|them))? (at|tonight|"
        r"today|this morning|this evening|during|when|whenever|every|all day|all night|in the car|"
        r"in the bath|at bedtime|at night)\b",
        r"\b(teething|sleep|regression|colic|wind|nappy|tantrum|growth spurt|witching hour|sugar|"
        r"overtired|bedtime|bath time|nap) (demon|demons|devil|devils|monster|monsters|gremlin)\b",
        # Voices from a monitor, a screen or the neighbours are real sounds.
        r"\b(monitor|baby monitor|tv|radio|next door|next doors|neighbours|neighbour|neighbors|"
        r"podcast|audiobook|youtube|film|telly|speaker)( \S+){0,3} (voices|voice|whispers)\b"
        r"(?!( \S+){0,3} (telling|tell|told|to me|about me|want|ordering|commanding|say i|"
        r"saying i))",
        r"\b(voices|voice|whispers|whispering) (\S+ ){0,4}(monitor|tv|radio|next door|next doors|"
        r"neighbours|neighbour|neighbors|podcast|telly|upstairs flat|downstairs flat)\b"
        r"(?!( \S+){0,3} (telling|tell|told|to me|about me|want|ordering|commanding|say i|"
        r"saying i))",
        # "can you hear voices with postpartum psychosis" asks about people in general.
        r"\b((can|could|do|does|would|might|will) " + PEOPLE + r"|" + PEOPLE + r" (can|could|"
        r"might|may|do|sometimes|often)) (\S+ )?(hear|see|get|have|experience|start)( \S+){0,3} "
        r"(voices|things|hallucinations|delusions|paranoia)\b",
        # Adverts that follow you around are not a plot.
        r"\b(phone|instagram|facebook|google|alexa|siri|tiktok|app|apps|laptop|smart speaker)"
        r"( \S+){0,3} (spying|listening|watching|tracking|eavesdropping)( on| to)? (me|us)\b"
        r"(?=( \S+){0,12} (ads|adverts|advert|advertising|algorithm|recommendations|suggested|"
        r"targeted|cookies|lol|haha)\b)",
    ),
    Category.ABUSE: (
        r"\b(how do i know|how can i tell|how would i know|how to tell|how do you know) (if |"
        r"whether )?(im |i am |you are |youre |someone is )?(in )?(an )?abusive relationship\b",
        # Worry about a friend is not a disclosure.
        r"\b(friend|friends|sister|colleague|neighbour|cousin|mate|someone|somebody|a woman|a mum)"
        r"( who| that)? (\S+ ){0,4}(is being|being|was being|has been|might be being) (abused|hit|"
        r"beaten|hurt|controlled|threatened)\b",
        # Being able to ask what a word means, or whether something is a crime, is a question.
        r"^(what|whats|how|is|are|does|do|can|could|where|who|which|why) (\S+ ){0,6}(domestic "
        r"(abuse|violence)|coercive control|abuse)( \S+){0,3} (mean|means|count|counts|a crime|"
        r"illegal|defined|definition|helpline|hotline|number|line|charity|charities)\b",
        r"\b(what counts as|what is|whats|definition of|meaning of|signs of|types of|examples of) "
        r"(\S+ )?(domestic abuse|domestic violence|coercive control|abuse)\b"
        r"(?! (is|im|i am|in my))",
    ),
}

# --- the rules --------------------------------------------------------------------------------
# (rule id, pattern). Within a category the first rule to match names the result.

BABY_EMERGENCY_RULES: list[tuple[str, str]] = [
    ("be_not_breathing",
     r"\b(not|isnt|wasnt|is not|was not|stopped|stops|stopping|stop|no|cant|cannot|can not|"
     r"couldnt|wont|will not|struggling to|struggle to|struggles to|trouble|difficulty|"
     r"problems|hard to|unable to|barely|hardly|gasping|having to fight to|"
     r"working hard to) (breathing|breathe|breath|breathin)\b"
     r"(?! (through|thru|out of|from) (his|her|their|the|my) (nose|mouth))"),
    # Doubt is a crisis: "i dont think shes breathing", "cant tell if hes breathing".
    ("be_breathing_doubt",
     r"\b(dont think|do not think|didnt think|not sure|unsure|cant tell|can not tell|cannot tell|"
     r"couldnt tell|dont know|do not know|no idea|not certain|cant see|cant hear) (if |whether "
     r"|that )?(he|she|they|it|the baby|baby|my baby|our baby|my son|my daughter|hes|shes|"
     r"theyre|its|babys|him|her) (is |s |are |was |still |really |even )*(breathing|breathin)\b"
     r"(?! ((too|so|really|very|quite|a bit|a little) )?(fast|quick|quickly|slow|slowly|loud|"
     r"loudly|noisy|noisily|heavy|heavily|through|normally|ok|okay|fine|on the monitor|over the "
     r"monitor|through the monitor|in (his|her) sleep (ok|okay|normally)))"
     r"|^(is|iss|why isnt|why is) (he|she|the baby|baby|my baby|it|they) (still |even )?"
     r"(breathing|breathin)\b(?! (ok|okay|normally|fine|properly) (when|while|in) )"),
    ("be_breathing_stopped",
     r"\bbreathing (has |had |just |keeps |kept )?(stopped|stops|paused|pauses|went|gone|goes) "
     r"(for|and|completely|again|altogether|$)"),
    ("be_fast_breathing_and",
     r"\bbreathing (really |very |so |super |too )?(fast|quick|quickly|rapidly|slow|slowly) "
     r"(\S+ ){0,8}(pale|grey|gray|floppy|wont feed|not feeding|grunting|blue|limp|sleepy|"
     r"mottled|drowsy|wont wake|hard to wake|clammy|sucking in|ribs|wheezing|nostrils)\b"
     r"|\b(pale|grey|gray|floppy|limp|mottled|drowsy|clammy) (\S+ ){0,8}breathing (really |very |"
     r"so |super |too )?(fast|quick|quickly|rapidly|slow|slowly|shallow|weird|strange|funny)\b"),
    ("be_breathing_distress",
     r"\b(gasping|gasp|gasps|fighting) for (air|breath)\b|\bgrunting (with|on|at) (every|each) "
     r"breath|\b(ribs|chest|tummy|neck|skin between (his|her) ribs) (\S+ ){0,3}(sucking|sucks|"
     r"pulling|pulls|caving|sinking|going) in\b|\bbreathing (\S+ ){0,3}(laboured|labored|"
     r"rattly|strained|shallow|struggling|gasping|very fast and|weird and)"),
    ("be_recession",
     r"\b(sucking|sucks|sucked|pulling|pulls|caving|sinking|drawing|going) in (under|between|"
     r"below|round|around|at|beneath) (his|her|their|the|its) (ribs|rib cage|ribcage|chest|neck|"
     r"collarbone|collar bone|breastbone)\b"),
    ("be_colour",
     r"\b(blue|grey|gray|purple|dusky) (round|around|at|on|about) (the|his|her|their) "
     r"(mouth|lips|lip|face)\b|"
     r"\b(lips|lip|face|tongue|mouth|skin|gums|he|she|baby|it|colour|color|hes|shes|babys)"
     r"( (is|are|s|r|look|looks|looking|went|gone|going|turned|turning|seems|seem|was|were|"
     r"got|getting|all|a|bit|very|really|quite|slightly|so|too|abit|kind of|kinda|sort of|"
     r"gone|has gone|have gone|bit|more|and|lips|face|around|round|the|his|her|mouth)){0,3} "
     r"(blue|blueish|bluish|grey|gray|greyish|purple|dusky|mottled|ashen)\b"
     r"(?! (eyes|top|outfit|dress|babygro|hat|one|ones|sleepsuit|vest|socks|blanket|shirt|"
     r"jumper|coat|bottle|dummy|toy|ball|and white stripes|balloon|murder|eyed|eyes|eye)|"
     r" (from|with|when|while|after|in the face) (crying|screaming|straining|pooing|pushing|"
     r"coughing|the cold|cold|rage|anger|temper))"),
    ("be_blue_lips",
     r"\b(has|got|have|with|her|his|babys|the|and|now) (blue|blueish|bluish|grey|gray|purple|"
     r"dusky) (lips|lip|tongue|face|mouth|skin)\b"),
    ("be_face_down",
     r"\bface down (\S+ ){0,4}(blue|not breathing|limp|floppy|cold|not moving|grey|gray|"
     r"unresponsive|lifeless|still)\b"
     r"|\b(grey|gray|blue|mottled|pale) and (cold|floppy|limp|clammy|sleepy|unresponsive|"
     r"lifeless)\b"),
    ("be_found_covered",
     r"\b(found|find|discovered|woke up to|came in to|went in to) (\S+ ){0,3}(with|under|tangled "
     r"in|wrapped in|caught in) (a |the |his |her )?(\S+ )?(plastic bag|bag|pillow|blanket|duvet|"
     r"cord|blind cord|string|rope|cushion|strap|straps)\b(?! (next to|beside|near|on the))"
     r"|\b(plastic bag|bag|cord|blind cord|string|strap) (over|round|around) (his|her|their) "
     r"(face|head|neck)\b"),
    ("be_wont_wake_and",
     r"\b(wont|will not|cant|cannot|not|isnt|hasnt) (wake|waking|woken|rouse) (\S+ ){0,8}(cold|"
     r"floppy|limp|blue|grey|gray|pale|not breathing|mottled|clammy|lifeless|stiff)\b"),
    ("be_broken_bone",
     r"\b(arm|leg|wrist|ankle|bone|collarbone|neck|elbow) (is |looks |s |was )?(bent|broken|at a "
     r"weird angle|at a funny angle|twisted|the wrong way|out of shape|deformed|sticking out)\b"
     r"|\b(broke|broken|fractured|snapped) (his|her|their|the babys|babys) (arm|leg|wrist|ankle|"
     r"collarbone|neck|elbow|skull|bone)\b"),
    ("be_turning_colour",
     r"\b(turning|turned|turns|going|gone|went|goes) (very |really |all |a bit |quite |"
     r"slightly )?(blue|grey|gray|purple|dusky|ashen|white and floppy|pale and floppy)\b"
     r"(?! (from|with|when|while|after|in the face) (crying|screaming|straining|pooing|pushing|"
     r"coughing|the cold|cold|rage|anger|temper))"),
    ("be_limp",
     r"\b(limp|floppy|flopy|lifeless|unresponsive|unconscious|unrousable|not rousable|"
     r"not conscious|no pulse|no heartbeat|not moving|stopped moving|barely moving|"
     r"isnt moving|wont move|not responding|isnt responding|wont respond|doesnt respond|"
     r"not responsive)\b(?! to (his|her|their) name| much| a lot| around| about| in (his|her|"
     r"their) sleep)"),
    ("be_collapsed",
     r"\b(he|she|baby|it|hes|shes|babys|son|daughter|newborn|infant) (has |just |s |is )?"
     r"(passed out|collapsed|fainted|blacked out|gone unconscious)\b"),
    ("be_wont_wake",
     r"\b((he|she|baby|it|they|hes|shes|babys|theyre|son|daughter|infant|newborn|child)"
     r"( is| s| has| will)? (not|wont|cant|isnt|wouldnt|will not|would not|hasnt|did not|"
     r"didnt) (wake|waking|rouse|rousing|come round|come around|come to|respond))\b"
     r"(?! (up )?(for (the next |the other |his |her |a |their )?(\S+ )?(side|feed|feeds|bottle|"
     r"nappy|change|"
     r"bath)|to feed|for feeds|from (his|her) nap|until|til|till|before|early|at night|in the "
     r"morning|when i|if i))"
     r"|\b(cant|cannot|can not|couldnt|could not|unable to|struggling to|trying to) "
     r"(wake|rouse|get a response from) (him|her|them|the baby|baby|my baby|my son|"
     r"my daughter|our baby)\b"
     r"|\b(hasnt|has not|havent|not) (come|came) (round|around|to)\b"
     r"|\b(he|she|baby|it(?! (would |will |does |did |might )?take)|they|babys|hes|shes|theyre) "
     r"(\S+ ){0,4}(not|wont|will not) (wake|rouse)"
     r"( up)?$"
     r"|\b(hard|difficult|impossible|very hard|really hard|struggling|cant seem) to (wake|rouse)\b"
     r"(?! (him|her|them) (up )?(for|in) (feeds|the morning|school))"),
    ("be_cant_get_to_breathe",
     r"\b(cant|cannot|can not|couldnt|could not|unable to) get ((the|my|our) )?(baby|him|her|"
     r"them|son|daughter|newborn) to (breathe|breath|respond|wake|come round)\b"),
    ("be_pulse",
     r"\b(cant|cannot|can not|couldnt|no|not) (find|feel|get)? ?(a )?"
     r"(pulse|heartbeat|heart beat)\b"),
    ("be_seizure",
     r"\b(seizing|convulsing|convulsed|convulses)\b(?! up)"
     r"|\b(having|had|has|have|in|into|started|starting|another|just had|going into|gone into|"
     r"went into|think (its|it is|this is)|is this|its|it is|it was|looks like|like|"
     r"having some kind of|some kind of|some sort of) (a |an |another )?(\S+ )?"
     r"(seizure|seizures|siezure|convulsion|convulsions)\b"
     r"|\b(having|had|has|in|started|starting|another|having some kind of|having a) (a )?"
     r"(\S+ )?fit\b(?! of)"
     r"|\b(baby|babys|infant|newborn|son|daughter) (have|has|having|had|is having) (a )?(fit|"
     r"fits|seizure|seizures|convulsion)\b"
     r"|\beyes (are |keep |kept |keeps |started |were )?(roll|rolled|rolling|rolls)\b"
     r"(?! (when|while|whilst|as (he|she)|during|before (he|she)|if (he|she)))"
     r"|\b(is|s|keeps|kept|started|been|hes|shes|now|still|baby) fitting\b(?! (the|a|his|her|it|"
     r"in|into|him|them|well|nicely|properly|ok))"
     r"|\b(wont|will not|cant|not|doesnt) stop (fitting|seizing|convulsing|jerking|twitching)\b"
     r"|\b(twitching|jerking|shaking|stiffening|stiff|rigid|trembling) (\S+ ){0,4}(eyes|wont stop|"
     r"cant stop|will not stop|unresponsive|not responding|all over|whole body|arms and legs|"
     r"for (a few|several|over|more than|about) (minutes|mins))\b"),
    ("be_choking",
     r"(?<!stop )(?<!stop a )(?<!stop the )(?<!stop my )(?<!prevent )(?<!prevent a )"
     r"(?<!avoid )(?<!from )(?<!of )(?<!of a )(?<!if )(?<!if a )(?<!if the )(?<!if my )(?<!when )"
     r"\b(baby|son|daughter|newborn|infant|little one) (is |s )?(choking|chocking|choaking)\b"
     r"(?! on (his |her |the |their )?(milk|feed|feeds|bottle|formula|reflux|puree|spit up|"
     r"saliva|dribble|drool))|"
     r"\b(hes|shes|he is|she is|baby is|babys|its|it is|theyre|they are|is|keeps|started|now|"
     r"he|she|"
     r"still) (choking|chocking|choaking)\b(?! on (his |her |the |their )?(milk|feed|feeds|"
     r"bottle|formula|reflux|spit up|saliva|dribble|drool)\b (\S+ ){0,6}(teat|flow|fast|let "
     r"down|letdown|normal|why|reflux))"
     r"|(?<!for a )(?<!with a )(?<!to a )(?<!help a )\bchoking (baby|newborn|infant|child|"
     r"toddler|little one|son|daughter)\b"
     rf"|\b{CHOKE} (and|but) (nothing|cant|can not|isnt|not|wont|going)\b"
     r"|\bchoked on (\S+ ){1,5}(and|now) (cant|can not|isnt|not|wont|stopped|went|going)\b"
     r"(?!( \S+){0,6} (then |but |and )?(was|is|seemed|seems|s|shes|hes|she was|he was|she is|"
     r"he is) (totally |completely |absolutely |perfectly |all )?(fine|ok|okay|alright|normal|"
     r"happy|grand)\b)"
     rf"|\b{CHOKE} (\S+ ){{0,10}}(no sound|not making a sound|not making any sound|no noise|"
     r"cant cry|"
     r"cant make a sound|silent|cant cough|not coughing|going blue|turning blue|gone blue|"
     r"not breathing|cant breathe|going limp|gone limp|going floppy)\b"),
    ("be_head_injury",
     r"\b(fell|fall|fallen|falling|dropped|banged|bumped|knocked|hit|rolled off|rolled out|"
     r"tumbled|slipped|toppled)(?! (asleep|back asleep|"
     r"back to sleep|in love|pregnant|apart|behind|out with)) (\S+ ){0,14}"
     r"(vomiting|vomit|being sick|keeps being sick|been sick|drowsy|sleepy|floppy|flopy|lump|"
     r"bulge|bleeding|blood|not crying|hasnt cried|didnt cry|staring|dazed|wont wake|"
     r"unconscious|fluid|cant keep (his|her) eyes open|confused|knocked out)\b"
     r"|\b(vomiting|drowsy|floppy|flopy|unconscious|cant keep (his|her) eyes open|wont wake|"
     r"dazed|knocked out) (\S+ ){0,10}(fell|fall|banged|bumped|knocked|hit (his|her) head|"
     r"dropped)\b"
     r"|\b(blood|fluid) (\S+ ){0,2}(out of|from) (his|her|their|the babys|babys) (ear|ears)\b"),
    ("be_swallowed",
     # "i swallowed a packet of paracetamol" is about the parent: the self-harm rules read it.
     r"(?<!i )(?<!ive )(?<!have )(?<!just )(?<!i ve )\b(swallowed|swallow|drank|drunk|ate|"
     r"eaten|eat|got into|chewed|chewing|bit into|"
     r"has had|had some|sucked on|licked|inhaled|breathed in|choked on|got hold of|"
     r"got his hands on|got her hands on) (?!((a|two|three|four|\d+|a few|few|half a|a whole) )?"
     r"(bottle|bottles|glass|glasses|pint|pints|can|cans) (of )?(wine|beer|vodka|cider|gin|"
     r"whisky|lager|prosecco|drinks|rum|fizz)\b)(\S+ ){0,5}"
     r"(battery|batteries|magnet|magnets|bleach|"
     r"dishwasher|detergent|tablet|tablets|pills|pill|medicine|meds|medication|paracetamol|"
     r"ibuprofen|capsule|capsules|liquitab|liquitabs|pod|pods|cleaning|cleaner|vape|e liquid|"
     r"alcohol|wine|vodka|coin|coins|poison|weed killer|antifreeze|washing up liquid|"
     r"nappy sack|button|screw|marble|lego|bead|beads|balloon|plastic bag|magnet|nicotine|"
     r"something|small toy|toy|part of a toy|piece of plastic|piece of a toy|"
     r"cigarette|cigarettes|e cig|lighter fluid|perfume|nail varnish|essential oil|oils|"
     r"vitamins|iron tablets|cannabis|weed|edibles|drugs|washing tablets|dishwasher tablets|"
     r"white spirit|anti freeze|mouthwash|hand sanitiser|sanitiser)\b"),
    ("be_dying",
     r"\b(baby|he|she|son|daughter|newborn|it|infant|hes|shes|babys) (is |s )?(dying|going to "
     r"die|not going to make it|about to die)\b(?! (for|to|of|laughing))"),
    ("be_newborn_fever",
     r"\b(day old|days old|week old|weeks old|wk old|wks old|newborn|under 3 months) (\S+ ){0,6}"
     r"(temperature|temp|fever|burning up|boiling|very hot|really hot|so hot|high temp|"
     r"feverish) (\S+ ){0,3}(38|39|40|41|42)\b"
     r"|\b(day old|days old|week old|weeks old|wk old|wks old|newborn|under 3 months) (\S+ ){0,12}"
     r"(38|39|40|41|42) (\d|degrees|c)\b"
     r"|\b(temperature|temp|fever|burning up) (\S+ ){0,3}(40|41|42)( \d)? (\S+ ){0,8}(wont|"
     r"not|barely|isnt|floppy|lethargic|drowsy|sleepy)\b"),
    ("be_green_vomit",
     r"\b(vomiting|vomit|vomited|being sick|was sick|been sick|throwing up|threw up|puking|"
     r"spewing) (\S+ ){0,2}(green|bright green|dark green|bile|yellow green|blood|coffee grounds)"
     r"\b(?! (blanket|vest|top|sofa|carpet|rug|babygrow|sleepsuit|muslin|cardigan|jumper|dress|"
     r"towel|chair|mat|bib|coat|tests|test|pressure|sugar|sugars))"
     r"|\b(green|bile|bloody|bright green|dark green) (vomit|sick|puke)\b"
     r"|\b(sick|vomit|puke) (is|was|looks|looked|has been|s) (\S+ )?(green|bright green|dark "
     r"green|bloody)\b"),
    ("be_dehydrated",
     r"\b(sunken|sunk|dipped|sinking|caved in) (\S+ ){0,2}(soft spot|fontanelle|fontanel|"
     r"fontanell)\b|\b(soft spot|fontanelle|fontanel|fontanell) (is |looks |seems |s |has |"
     r"has gone |gone |went |looking )?(really |very |quite |a bit |so )?(sunken|sunk|dipped|"
     r"sinking|caved in)\b"
     r"|\b(no|not had a|not had any|hasnt had a|hasnt had any|not a single|zero|havent had a) "
     r"(wet|pee|wee) (nappy|nappies|diaper|diapers)\b (\S+ ){0,2}(since|for|in|all) (\S+ )?"
     r"(yesterday|last night|this morning|day|12|hours|\d+ hours|ages|over)\b"
     r"|\b(dry|no wet) (nappy|nappies|diaper|diapers) (for|since|in|all) (\S+ ){0,2}(\d+ hours|"
     r"hours|day|yesterday|last night|this morning|12|ages)\b"),
    ("be_lethargic",
     r"(?<!a bit )(?<!bit )(?<!slightly )(?<!little )(?<!abit )"
     r"\b(lethargic|barely opens (his|her|their) eyes|barely open (his|her|their) eyes|cant "
     r"keep (his|her|their) eyes open|wont stay awake|cant stay awake|barely awake|barely "
     r"responding)\b( \S+){0,10} (burning up|fever|temperature|temp|wont feed|not feeding|"
     r"refusing feeds|no wet|dry nappy|sunken|vomiting|being sick|rash|pale|grey|mottled|"
     r"floppy)\b"
     r"|\b(burning up|fever|temperature|temp|wont feed|not feeding|refusing feeds|no wet|"
     r"sunken|vomiting|rash|floppy) (\S+ ){0,10}(?<!a bit )(?<!bit )(?<!slightly )(?<!little )"
     r"(?<!abit )(lethargic|barely opens (his|her|their) eyes|"
     r"barely open (his|her|their) eyes|cant keep (his|her|their) eyes open|wont stay awake|"
     r"cant stay awake|barely awake|barely responding)\b"),
    ("be_bleeding",
     r"\b(bleeding|blood) (\S+ ){0,3}(a lot|heavily|everywhere|wont stop|will not stop|"
     r"badly|loads|pouring|spurting|gushing)\b|\b(wont|will not|cant get it to) stop bleeding\b"
     r"|\b(a lot of|lots of|so much|loads of|too much|pool of|covered in) blood\b"
     r"|\b(cut|split|gashed|smashed|cracked) (his|her|their|the babys) (head|face|skull) open\b"),
    ("be_meningitis",
     r"\brash (\S+ ){0,8}(doesnt|does not|dont|wont|will not|not|didnt) (fade|go away|"
     r"disappear|go|blanch)( \S+){0,6} (glass|tumbler|press|pressed|pressing|push|pushed)\b"
     r"|\b(glass|tumbler) (\S+ ){0,10}(doesnt|does not|dont|wont|will not|not|didnt) "
     r"(fade|go away|disappear|blanch)\b|\b(non blanching|nonblanching|doesnt blanch)\b"
     r"|(?<!what is the )(?<!whats the )(?<!how do you do the )(?<!how to do the )"
     r"(?<!how do i do the )\bglass test\b|\bbulging (soft spot|fontanelle|fontanel)\b"
     r"|\bstiff neck\b (\S+ ){0,8}(temp|temperature|fever|burning up|light|rash|floppy|drowsy|"
     r"vomiting)|\b(temp|temperature|fever|burning up|hot) (\S+ ){0,8}stiff neck\b"
     r"|\b(temperature|temp|fever|burning up|feverish|very hot|really hot) (\S+ ){0,6}rash "
     r"(\S+ ){0,3}"
     r"(doesnt|does not|wont|will not|not|didnt|dont) (fade|go away|disappear|blanch)\b"
     r"|\brash (\S+ ){0,3}(doesnt|does not|wont|will not|not|didnt|dont) (fade|blanch)\b "
     r"(\S+ ){0,6}"
     r"(temperature|temp|fever|burning up|feverish|hot|floppy|drowsy|sleepy)\b"
     r"|\b(purple|blotchy purple|dark red|pinprick|pin prick|mottled|purplish) (\S+ ){0,2}(rash|"
     r"spots|blotches|marks)\b(?! (from|after|where|on (his|her) (bum|bottom|cheeks)))"),
    ("be_burn",
     r"\bskin (is |was )?(coming|peeling|falling|come) (off|away)\b|\b(burn|burnt|burned|"
     r"scald|scalded|scalding) (\S+ ){0,6}(huge|massive|big|bad|badly|blister|blisters|"
     r"blistering|severe|deep|all over)\b"),
    ("be_overlay",
     r"\b(woke|woken|wake|waking) up (on top of|lying on|laying on|rolled onto|on) "
     r"(him|her|them|the baby|my baby)\b"),
    ("be_drowning",
     r"\b(he|she|baby|they|hes|shes|babys) (was |is |has )?(nearly |almost )?"
     r"(drowned|drowning)\b"
     r"|\b(slipped|went|fell|sank|sunk|gone|dipped|got pulled) under( the)?( water| bath ?water)?"
     r"\b(?=( \S+){0,12} (cough|coughing|coughed|spluttering|choking|pale|blue|grey|limp|floppy|"
     r"not breathing|breathing (funny|weird|strange|fast|oddly)|gasping|wont wake|vomiting|sick|"
     r"unresponsive|still)\b)(?!( \S+){0,14} (then |but |and )?(was|is|seemed|seems|s) (totally |"
     r"completely |absolutely |perfectly )?(fine|ok|okay|happy)\b)"
     r"|\b(bath|bathtub|pool|water|pond) (\S+ ){0,10}(slipped|went|fell|sank|gone|dipped) "
     r"under\b(?!( \S+){0,10} (then |but |and )?(was|is|seemed|seems|s) (totally |completely |"
     r"absolutely |perfectly )?(fine|ok|okay|happy)\b|( \S+){0,10} (loved|loves|giggled|"
     r"giggling|laughed|laughing|lesson|lessons|class|classes)\b)"
     r"|\bface down in (the )?(bath|water|pool|pond)\b"),
    ("be_still",
     r"\b(gone|gone all|gone really|gone very|is|so|really|very) (still and|quiet and) "
     r"(floppy|pale|blue|cold|not)\b|\bgone (really |very |all )?(still|cold and)\b"),
    ("be_ambulance",
     r"(?<!when to )(?<!when should i )(?<!when do i )(?<!when do you )(?<!when should you )"
     r"(?<!whether to )(?<!when would you )(?<!when you )"
     r"\b(call|calling|called|ring|ringing|rang) (an ambulance|999|911|000|112)\b"
     r"(?! (or|if|for what|when|how))"),
]

# What the others would gain, in "if i wasnt here they could ...".
THINGS_GET_BETTER = (
    r"(get (someone|a new|another|a better|a proper|a real|on with)|find (someone|a new|another|"
    r"a better)|have (someone|a new|another|a better|a proper|a real|a normal|a happy)|be "
    r"(happier|better|fine|okay|ok|free|safe|safer)|move on|start again|marry|cope|manage)\b"
)

SELF_HARM_RULES: list[tuple[str, str]] = [
    # Common misspellings listed; any other one-letter slip is folded by the normaliser.
    ("sh_suicide_word",
     r"\b(suicide|suicides|suicidal|suicidally|suicidality|sucide|sucidal|suiside|suisidal|"
     r"suicid|suicdal|suacide|suecide|suicida|sucicide|sucicidal|suecidal|suaside|sooicide|"
     r"suiciding|sucidle|suicdie)\b"
     # "unalive thoughts": the slang noun reads as "kill thoughts" after normalising.
     r"|\bkill (thoughts|ideation|urges|feelings)\b"),
    ("sh_self_harm_word", r"\bself (harm|harming|harmed|injury|injuring|injure|hurt)\b"),
    ("sh_kill_self",
     rf"\b(kill|kills|killed|killing|hang|hanging|hanged|hung|off|offing|top|topping|"
     rf"end|ending|drown|drowning|overdose|overdosing|poison|poisoning|starve|starving|"
     rf"shoot|shooting|stab|stabbing|suffocate|suffocating|gas|gassing|unalive) {SELF}\b"
     r"(?! (and (me|us|the baby|the kids)|if i (leave|left|go|tell|break up|end)))"),
    ("sh_hurt_self",
     rf"\b(hurt|hurts|hurting|harm|harms|harmed|harming|cut|cuts|cutting|burn|burnt|burned|"
     rf"burning|hit|hitting|punch|punched|punching|scratch|scratched|scratching|bite|bit|"
     rf"biting|bruise|bruised|bruising|punish|punished|punishing) {SELF}\b"
     r"(?! (by accident|accidentally|lifting|chopping|shaving|cooking|slightly|a bit|on the|"
     r"on a|on his|on her|on my|when i fell|carrying|getting|trying to|with the pram|"
     r"with the car seat|with the buggy))"),
    ("sh_cutting",
     r"\b(cut|cuts|cutting|slit|slitting|slash|slashing) (my|both) (arm|arms|wrist|wrists|leg|"
     r"legs|thigh|thighs|skin|stomach)\b"
     r"|\b(started|start|starting|been|back to|keep|keeps|urge to|urges to|want to) "
     r"(cutting|self harming|burning|scratching) (again|myself|$)"
     r"|\b(started|start|starting|back to|been) cutting again\b|\bcutting again\b"
     r"|\b(scratch|scratching|scratched|pick|picking|picked|bite|biting|claw|clawing|dig|"
     r"digging) (at )?(my )?(arms|arm|skin|legs|wrists|thighs|face|hands) (\S+ ){0,2}(until|till|"
     r"til) (they|it|i) (bleed|bleeds|bled|bleeding|hurt|hurts|cant feel)\b"
     r"|\b(burn|burning|burnt|burned) my (arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin)\b"
     r"(?! (on|with (the )?(oven|kettle|iron|pan|hair straighteners|straighteners|steam|tea|"
     r"coffee)|taking|getting|making|cooking))"
     r"|\b(urge|urges|want|wanting|wanted|need|needing|tempted|itching) to (cut|burn|hurt|harm|"
     r"punish|scratch) (myself|again|$)"),
    ("sh_want_die",
     rf"\b{INTENT} (to |i could |to just |i would |id |i was |i were |i )?(just )?"
     r"(die|be dead|dead|not exist|stop existing|not be here|not be alive|not be around|"
     r"stop living|stop breathing|stop being alive|end my life|end it|be better off dead|"
     r"cease to exist|stop being|not wake up|never wake up|sleep forever|sleep and never|"
     r"fall asleep and never|go to sleep and never|be gone|not be|never be born|"
     r"had never been born|never been born|join (my|her|him|them) in heaven|be with "
     r"(my|god|jesus))\b"
     r"(?! (for|of|laughing|happy|from embarrassment|when|if i dont|in my sleep tonight lol|"
     r"in a cheap|down|over|at|on|out|off|about it|fact|my hair|her hair|his hair|hair|the hair|"
     r"my roots|my eyebrows|my brows|my lashes|my beard|my clothes|it (blue|pink|red|black|"
     r"blonde|purple|brown|green)))"),
    ("sh_dead_better",
     r"\b(might as well|may as well|id be better|i would be better|im better|better off|be "
     r"better|would be better|d be better|rather be|id rather be) (off )?(be )?(dead|gone|"
     r"not here|not alive)\b"
     r"|\b(i should|i might as well|time for me to|maybe i should|i need to|i may as well) "
     r"(just )?(go|leave|disappear|die|leave for good|go for good|not be here)$"
     r"|\b(cant|cannot|dont|do not) see the point (in|of) (anything|everything|it all|any of "
     r"it|going on|carrying on)\b"
     r"|\b(dont|do not|didnt|never) deserve to (live|be alive|be here|exist|breathe|wake up)\b"
     r"|\b(want|going|about|ready|tempted|urge|urges|need) to jump$"
     r"|\b(plan|planning|going|decided|intend|intending|about) (is |was )?to (take|swallow|down) "
     r"(the|my|all|all the|all my|those|these|every) (pills|tablets|meds|medication|paracetamol|"
     r"painkillers|sleeping pills)\b"),
    ("sh_die_plain", r"\b(feel|feeling|felt) like (dying|death|i could die|i might die|i want "
     r"to die|i should die)\b(?! (of|from|laughing|lol|haha))"
     r"|\b(i|id|ill|im going to|i am going to|i just|just) (want to |wish i could )?"
     r"die\b(?! (for|of|laughing|happy|from|when|if|in|at|on|of embarrassment|hair|it|"
     r"(my|her|his|the) (hair|roots|eyebrows|brows|lashes|beard|clothes)))"
     r"|\b(wish|wishing) (i was|i were|i could be|id be|i had|i was just|i had just) "
     r"(dead|gone|never born|not here|not alive|not born|never here|died)\b"),
    ("sh_unsure_alive",
     r"\b(not sure|unsure|dont know if|dont know whether|doubt|not certain) (if |that |whether )?"
     r"i (really |even |still )?(want|wanna|wish) (to )?(be alive|live|be here|exist|go on|"
     r"carry on|wake up|keep living|keep going)\b"
     r"|\b(garage|closed garage) (\S+ ){0,6}(engine|exhaust) (running|on)\b"
     r"|\bengine running (\S+ ){0,5}(garage|doors? shut|doors? closed|hose|hosepipe)\b"
     r"|\b(hose|hosepipe|hose pipe) (\S+ ){0,3}(exhaust|car window)\b"
     r"|\b(have|got|holding|with) (a bottle of|a box of|a packet of|a handful of|a stash of|"
     r"enough|all my|all the|my|the|loads of|lots of) (pills|tablets|meds|paracetamol|"
     r"painkillers|sleeping pills) (\S+ ){0,2}(ready|and im ready|right here|in my hand|"
     r"in front of me|lined up)\b"),
    ("sh_not_here",
     r"\b(dont|do not|didnt|no longer|not|dont even|dont really|never) (want|wish|wanna|"
     r"wanting|need|see the point|see a reason) (to )?(be here|be alive|live|exist|wake up|"
     r"go on|be around|carry on|continue|keep going|keep living|be in this world|be on this "
     r"earth|be on earth|breathe|be a burden)\b"
     r"(?! (here|with|in|at|near|there|like that|on|early|at|him|her|for|the|to)\b)"),
    ("sh_not_wake",
     r"\b(hope|hoping|wish|wishing|pray|praying|want|wanting|rather|prefer)( that)?( i)?( just)? "
     r"(dont|never|didnt|wouldnt|wont|will not|would not|did not|do not) (wake|woke|wake up|"
     r"wake back up)\b"
     r"|\b(wish|wishing|wished) (i )?(hadnt|had not|never|didnt) (woken|woke|wake|been born|"
     r"existed|exist|had)\b(?! (him|her|the baby|a baby|kids|children|a child))"),
    ("sh_never_wake",
     r"\b(sleep|bed|asleep|lie down|close my eyes|go to sleep|fall asleep|drift off) and (never|"
     r"not|just not|not ever) (have to )?(wake|waking|wake up|open them|get up|come back)\b"
     r"|\b(i|i just|i really|i honestly) (deserve|deserved) to (die|be dead|not exist|not be here|"
     r"not be alive|rot)\b"
     r"|\b(razor|razors|razor blades|blades|pills|tablets|rope|knife|a knife) (hidden|stashed|"
     r"hid|saved|put away|tucked away)\b"
     r"|\b(hidden|hid|stashed|hiding|stashing) (\S+ ){0,2}(razor|razors|razor blades|blades|"
     r"rope|a knife)\b"
     r"|\b(cant|cannot|can not|dont know if i can|not sure i can|couldnt) (promise|guarantee|say|"
     r"be sure) (that )?(i will|ill|i can|i ll|id|i would) (be|keep myself|stay) safe\b"
     r"|\b(dont|do not|not) (feel )?safe (from|with) myself\b"
     r"|\bonly way (out|this ends|it ends|to stop this|to end this|for this to end|things get "
     r"better|this stops|it stops) (is |would be |will be )?(if|when|for) (i|im|me|i am|i was) "
     r"(\S+ )?(die|dying|gone|dead|wasnt here|not here|leave|kill|end|to die|to go|disappear)\b"),
    ("sh_sleep_forever",
     r"\b(sleep|asleep|sleeping) (forever|for ever|for good|and never wake|and not wake|"
     r"and never come|permanently)\b"),
    ("sh_end_it",
     r"\b(end|ending|ended|finish|finishing) (it all|it|things|everything|my life|my own life|"
     r"the pain|this life|my existence|me|all of this|it once and for all)\b"
     r"(?! (with|between|off|early|there|at|on|in the|for the|for them|for him|for her|"
     r"properly|up|here|now and|a|an)\b)"),
    ("sh_take_life",
     r"\b(take|taking|took|end|ending) (my|my own|her own|his own|their own|her|his) life\b"
     r"|\bending (my|it all|everything|things|me)\b"),
    ("sh_better_off",
     r"\b(better|happier|easier|fine|okay|ok|safer|free|relieved|glad|pleased|lighter|favour|"
     r"favor) (off )?"
     r"(\S+ ){0,3}"
     r"(without me|with me gone|with me dead|if i (was|were|wasnt|werent|was not|were not) "
     r"(gone|dead|not here|not around|around|here|alive|never born)|if i (just |ever |simply |"
     r"was to |were to )?(died|disappeared|went away|left for good|wasnt|was gone|"
     r"killed myself|ended it|was no longer|left|vanished|went|wasnt here)|if i "
     r"(wasnt|werent) (around|here|alive|in the picture|in their lives)|if i were no longer|"
     r"without (a |an )?(mum|mother|dad|father|parent|wife|person|burden|failure|mess|mom) like "
     r"me|without someone like me|"
     r"with(out)? (a )?(new|another|different|better|proper|real|nicer|good) (mum|mother|"
     r"dad|father|wife|husband|parent|partner))\b"),
    ("sh_nobody_miss",
     r"\b(nobody|no one|noone|no body|wouldnt|would not|wont|will not|no one would|nobody would"
     r"|they wouldnt|she wouldnt|he wouldnt|wouldnt even|wont even) (would |will |ever )?"
     r"(even )?(miss|notice|care|remember) (me|if i|that i|when i)\b"
     r"(?! (being|doing|shouting|crying|shouted|lost|was grumpy|was tired|said|in the early))"),
    ("sh_burden",
     r"\b(im|i am|i feel like|i feel|being|i was|i have become|i ve become|ive become|just) "
     r"(such |just |only |a |nothing but |so much of )?(a )?(burden|waste of space|"
     r"waste of oxygen|waste of air)\b(?!( \S+){0,4} (lol|haha)|( \S+){0,2} (at work|at the "
     r"gym|in the kitchen|at baby group|on the team))"),
    ("sh_no_point",
     r"\b(no|not any|whats the|what is the|theres no|there is no|dont see the|cant see the|"
     r"cannot see the|can not see the|not see the|see no) (point|reason|purpose) "
     r"(in |of |to )?(living|being alive|being here|going on|me|carrying on|existing|life|"
     r"my life|it all|anything anymore|anything any more|waking up|to live|staying|trying "
     r"anymore|being around|continuing)\b"
     r"|\blife (isnt|is not|aint|isn t|is no longer|no longer) worth (living|it|anything)\b"
     r"|\b(cant|cannot|can not|dont|do not|couldnt) see (a|any) (future|way out(?! of (this |the "
     r"|these |that |my |his |her )?(sleep|night|nights|regression|phase|stage|teething|routine|"
     r"schedule|cycle|mess|admin|group|contract|job|chat|deal|feeding|nappy|nappies|colic|debt|"
     r"overdraft|house|flat|lease|tenancy))|way forward"
     r"|point|light|end to this|reason to (live|go on|stay))\b"
     r"|\bno (way out|future for me|reason to live|reason to go on|will to live|hope left)\b"
     r"(?! of (the|these|her|his|this|that) (night|nights|sleep|sleepless|nappy|nappies|feeding|"
     r"feeds|wakings|regression|phase|stage|teething|routine|schedule|cycle|mess|admin|group|"
     r"contract|job|chat|deal))"
     r"|\bonly way out\b|\bway out of (this|here|it all|everything)\b(?! (sleep|night|nights|"
     r"regression|phase|stage|teething|routine|schedule|cycle|mess|admin|group|contract|job|chat|"
     r"deal|feeding|nappy|nappies|colic|debt|overdraft|house|flat|lease|tenancy))"),
    ("sh_had_enough",
     r"\b(had enough|tired|sick|done|finished) (of|with) (life|living|being alive|existing|"
     r"being here|it all|everything|this life|this world|myself|me)\b(?! (being|getting|going|"
     r"taking|costing|smelling|breaking|falling|needing|else))"
     r"|\b(dont think|not sure|dont know if|dont know how much longer|dont know how long) i "
     r"(can|could) (go on|carry on|keep going|live|survive|keep living|keep doing this|last)\b"
     r"|\b(cant|cannot|can not|couldnt) (live (like this|with this|with myself|anymore|any more)"
     r"|go on living)\b"
     r"|\b(want|wish|need|make) (it|everything|it all|this|the pain|all of this|all this) "
     r"(all )?(to )?(stop|end|be over) (for good|forever|for ever|permanently)\b"
     r"|\b(not|never) (going to|gonna) be (here|around) (much longer|for much longer|tomorrow|"
     r"by the morning|for long|anymore)\b|\bthis is my last (message|text|post|goodbye)\b"
     r"|\b(everyone|everybody|they|my family|the world|my kids|the kids|my husband|my partner|"
     r"my baby|the baby|he|she) (would|will|d|is|are|would all|d all|will all) (be )?(better|"
     r"happier) (off )?(now |tbh |honestly |really )?$"
     r"|\b(cant|cannot|can not|couldnt) (go on|carry on|continue|keep going|do life|exist)\b"
     r"(?! (like|this way|with|breast|feeding|doing|the|for|without|much|any more with|"
     r"anymore with|on))"),
    # "if i wasnt here they could get someone better": one's absence as the way things improve.
    ("sh_if_i_was_gone",
     r"\b(if i (just |simply |ever )?(wasnt|werent|was not|were not|was no longer|wasnt ever) "
     r"(here|around|alive|in the picture|in their lives)|if i (just )?(died|disappeared|vanished|"
     r"was gone|were gone|was dead|were dead))\b( \S+){0,8} (could|would|can|will|d|might) "
     + THINGS_GET_BETTER),
    ("sh_disappear",
     r"\b(" + verb_forms("disappear", "vanish") + r"|run away|ran away|walk away|walked away|"
     r"walk out|walked out|go away|went away|leave|left)( and)? (for good|"
     r"forever|for ever|permanently|and never come back|and not come back|never to return|"
     r"and never be found|and never return|completely|off the face|from everyone)\b"
     r"|\b(want|wanted|wanting|wish|going|need|just|plan|like|could|would|should) (to |i could )?"
     r"(just )?(disappear|vanish|cease)\b(?! (for|into|to the|to my|off|with|in|"
     r"under|until|til|while|until)\b)"),
    ("sh_not_coming_back",
     r"\b(never|not) (come|coming|came) (back|home)\b(?! (from|til|until|for|before|after|to|"
     r"again after))"),
    ("sh_method_amount",
     r"\bhow (many|much) (\S+ ){0,4}(would it take|does it take|to take|will it take|"
     r"it would take|it takes|it will take|would do it|would it need|"
     r"would kill|to kill|to die|to overdose|to od|is fatal|is lethal|is deadly|until)\b"
     r"|\b(lethal|fatal|deadly|toxic|killing) (dose|amount|overdose|quantity)\b"
     r"|\b(painless|quick|quickest|easy|easiest|best|surest|fastest|peaceful) "
     r"(way|ways|method|methods|means) (to|of) (die|go|end it|do it|kill|dying|going|ending|"
     r"end things|end my)\b"
     r"|\b(ways|how) to (kill myself|die|end it|end my life|end things|commit)\b"),
    ("sh_overdose",
     r"\b(i|ive|i have|i had|just|im going to|going to|want to|thinking about|thought about|"
     r"planning to|plan to|will|about to|tempted to|could|might|think ill) (take|taken|took|"
     r"swallow|swallowed|have taken|have) (an |a )?(overdose|od)\b"
     r"|\b(i|ive|i have|just|already|i just) (took|taken|swallowed|had|have taken|necked|downed) "
     r"(\S+ ){0,4}(all|a load|loads|lots|a lot|too many|a handful|handful|the whole|a whole|a "
     r"bunch|the rest|every|a packet|a box|packets|boxes|two packets|a bottle|the bottle|\d+) "
     r"(\S+ ){0,3}(pills|pill|tablets|tablet|meds|medication|paracetamol|sertraline|"
     r"antidepressants|sleeping pills|painkillers|codeine|co codamol|ibuprofen|insulin|"
     r"diazepam|propranolol|fluoxetine|citalopram|aspirin|tylenol|oxy|opioids)\b"
     r"|\b(take|taking|swallow|swallowing|down|downing|neck|necking) (all|every one of|the whole|"
     r"a whole|a load of|loads of|all of|the rest of|a handful of|handfuls of|a bottle of|"
     r"a box of|a packet of|two packets of|both packets of|every|all the|all my|all of my) "
     r"(\S+ ){0,2}(pills|pill|tablets|meds|medication|paracetamol|sertraline|antidepressants|"
     r"sleeping pills|painkillers|codeine|co codamol|ibuprofen|insulin)\b"
     r"(?! (with (food|water|milk)|at the same time as|in the morning|at night|as prescribed))"
     r"|\boverdos(e|ed|ing)\b(?! (a|the|my|your|her|his|on|baby|babies|a baby|risk|risks|limit|"
     r"limits|threshold|level|amount for|for (calpol|a baby|babies|kids|children|him|her)))"),
    ("sh_stockpile",
     r"\b(saving|saved|save|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|"
     r"stashing|stashed|keeping|kept|storing|stored|counting|counted|lined up|lining up|"
     r"enough) (up )?(all |enough |loads of |lots of |a stash of |a stockpile of )?(of )?"
     r"(my |the |some |his |her )?(sleeping |sleep |pain |old |prescription |spare )?(pills|"
     r"tablets|meds|medication|medicine|paracetamol|painkillers|antidepressants|sertraline|"
     r"fluoxetine|citalopram|co codamol|codeine|diazepam|propranolol|zopiclone|amitriptyline|"
     r"tramadol|insulin|aspirin|ibuprofen|mirtazapine|venlafaxine|quetiapine|lithium)\b"
     r"|\b(looked up|looking up|googled|googling|researching|researched|checked|checking|"
     r"searched|searching) (how (high|tall|deep|far|fast|cold)|the height of|the depth of) "
     r"(\S+ ){0,3}(bridge|building|car park|cliff|cliffs|balcony|tower|drop|fall|river|water|"
     r"sea|roof|multi storey)\b"
     r"|\b(got|have|holding|with) (the |my |all the |all my |a load of |loads of )?(tablets|pills|"
     r"meds|paracetamol|painkillers|knife|blade|razor|rope) (here|ready|with me|in my hand|"
     r"next to me|in front of me|beside me)\b"
     r"|\b(looking|staring|stare|look|looked|stared|keep looking|cant stop looking) at (the |my |"
     r"all the |all my |those )?(pills|tablets|meds|paracetamol|painkillers|knife|knives|rope|"
     r"blade|blades|razor|razors|train tracks|tracks|ledge)\b"
     r"|\b(pills|tablets|meds|medication|paracetamol|painkillers) (lined up|in front of me|"
     r"in my hand|counted out|ready|all lined up|laid out)\b"
     r"|\b(sat|sitting|sit|here) (\S+ ){0,2}with (all |all of |a handful of )?(my |the )?"
     r"(pills|tablets|meds|paracetamol|a knife|a blade|a razor|the rope)\b"),
    ("sh_place",
     r"\b(jump|jumping|jumped|leap|leaping|throw myself|throwing myself|threw myself|step|"
     r"stepping|stepped|walk|walking|walked|drive|driving|drove|crash|crashing|swerve|"
     r"swerving|run|running|fall|falling|lie|lying|lay) (off |of |in front of |into |in |out into "
     r"|out in front of |out onto |"
     r"onto |under |over |out of |from )(a |the |that |this |my |our )?(bridge|balcony|roof|"
     r"cliff|cliffs|building|car park|multi storey|window|sea|river|canal|lake|train|trains|"
     r"lorry|truck|bus|traffic|tree|wall|motorway|platform|tracks|railway|oncoming|car|cars|"
     r"lorries|water|reservoir|quarry|tower|edge|ledge|top floor|the waves)\b"
     r"(?! (with (him|her|the baby|the pram|the buggy)|to the|to get|to see|on holiday))"
     r"|\b(think|thinking|thought|thoughts|imagine|imagining|imagined|urge|urges|tempted|"
     r"dream|dreaming|fantasise|fantasising|fantasize|fantasizing|picture|picturing) "
     r"(about |of )?(jumping|hanging|drowning|overdosing|stepping off|stepping in front|"
     r"walking into|walking in front|driving into|driving off|crashing|throwing myself|cutting|"
     r"slitting|taking (all )?(my )?(pills|tablets)|ending|dying|not being here|not existing|"
     r"disappearing|being dead|killing|hurting myself|harming myself|going under|swerving)"
     r"(?! (him|her|them|the baby|my baby|my son|my daughter|his|her|the babys|of the|food|"
     r"nails|out|up|back|down|teeth|fringe|hair|grapes|the cord|corners|sugar|"
     r"carbs|a tooth|a new|through|in|on)\b)"),
    ("sh_vehicle",
     r"\b(drive|driving|drove|crash|crashing|crashed|steer|steering|swerve|swerving|run|"
     r"running) (my |the |our |his |her )?(car |van )?(off|into|in front of|over|of) (a |the |"
     r"that |an )?(cliff|bridge|wall|tree|river|lake|sea|lorry|truck|oncoming|traffic|train|"
     r"edge|bus|motorway)\b"),
    ("sh_going_to_place",
     r"\b(going|go|went|drive|driving|walk|walking|heading|head|off) (to|down to|up to|out to) "
     r"(the|a|that) (bridge|cliff|cliffs|railway|tracks|train tracks|river|canal|sea|top floor|"
     r"roof|multi storey|car park roof|reservoir|quarry|motorway bridge) (\S+ ){0,2}(tonight|now|"
     r"right now|to (end|jump|do it|die|finish)|alone tonight|one last time|and not come back)\b"
     r"|\b(thinking|think|thought|thoughts|keep thinking|been thinking) about (the |my |all my |"
     r"taking |taking my |taking all my )?(pills|tablets|overdose|overdosing|rope|noose|bridge|"
     r"train tracks|railway|jumping|the edge|razor|razors|blade|blades)\b"
     r"(?! (for (my|the|his|her) (headache|pain|back|period|c section)|with food|at night|"
     r"every day|interacting|while breastfeeding|and breastfeeding))"
     r"(?!( \S+){0,4} (for (my|the|his|her|a)|safe|while breastfeeding|when breastfeeding|"
     r"interact|side effects|dose|dosage|prescribed|the doctor gave|the gp gave)\b)"),
    ("sh_means_on_mind",
     r"(?<!skipping )(?<!jump )\b(rope|noose|ligature|razor blades|razors|razor|blades)\b"
     r"(?! (swing|swings|toy|toys|ladder|bridge|course|light|lights|climbing))"
     r" (\S+ ){0,6}(i )?(keep|keeps|"
     r"kept|cant stop|been|am|im) (thinking|looking|staring|going back|thinking about|looking at)"
     r"( about| at| to)? (it|them|that|those)\b"
     r"|\b(take|taking|swallow|swallowing|down|downing|neck|necking|have) (everything|all of it|"
     r"the lot|whatever|every pill|every tablet|all the pills|all the tablets|all the meds|"
     r"everything thats) (\S+ ){0,2}(in|from|out of|inside) (the|my|our) (medicine|pill|"
     r"bathroom|first aid|drug|meds|medicine) (box|cabinet|cupboard|drawer|bag|kit|tin|shelf)\b"
     r"(?! (with (me|us)|on holiday|away|abroad|to (the|my|our)))"
     r"|\b(take|swallow|down|neck) (everything|it all|the lot|all of them|all of it|all my|all "
     r"the)( \S+){0,6} (and|to) (just )?(be done|end it|never wake|not wake|sleep forever|be gone)"
     r"\b"),
    ("sh_rope",
     r"\b(bought|buy|buying|got|get|getting|have|found|tied|tie|tying|made|make|making|"
     r"hung|hang|hanging|looking at|staring at|ordered) (a |the |some |my |up a |up the )?"
     r"(rope|ligature|belt to hang)\b(?! (for|to tie|swing|ladder|toy|bridge))"
     r"|\b(tie|tied|tying|make|made|making|hang|hanging|bought|ordered) (a |the |up a |up the )?"
     r"noose\b|\bnoose (round|around) (my|her|his) neck\b"),
    ("sh_letters",
     r"\b(suicide note|goodbye note|goodbye letter|goodbye letters|goodbye message|"
     r"goodbye messages|saying goodbye to everyone|said my goodbyes)\b"
     r"|\b(letter|letters|note|notes|message|messages|video|videos) (\S+ ){0,6}"
     r"(just in case|for when im gone|for after im gone|for after i go|in case i|"
     r"if anything happens to me|when im not here|for when i die|after i die)\b"
     r"|\b(giving away|gave away|given away|sorting out|sorted out) (all )?my (things|stuff|"
     r"belongings|possessions)\b"),
    ("sh_planned",
     r"\b(a |my |the )?plan (for |of )?(how|when|where|the way) (i|id|ill|im|to)( would| will|"
     r" am going to| m going to| could| can| should)? (\S+ )?(do it|end it|go|die|kill|end things|"
     r"end my|finish it|take)\b"
     r"|^(i have|ive|i ve|i|ive got|i have got|i got|i ve got) (got |made )?a plan( now| "
     r"tonight| already| this time| ready)?$"
     r"|\b(worked out|planned|planning|plan|figured out|figuring out|decided|deciding|"
     r"know|chosen|picked) (how|when|where|the way|the day|the date|the method) "
     r"(i would|id|i will|ill|i am going to|im going to|to|i want to|i could|i should|i can) "
     r"(do it|end it|go|die|kill|end things|end my|finish it|take)\b"),
    ("sh_not_around",
     r"\b(wont|will not|not going to|dont think ill|dont think i will|dont think id|might not|"
     r"may not|wont even|probably wont|not gonna) be (around|here|alive) (to see|for|much longer|"
     r"when|by|next|anymore|any more|for long|to watch)\b"
     r"|\b(nothing|no one|nobody|noone|nothing left|not much|no reason) (left )?to live for\b"
     r"|\b(let|letting|just let) go of the (steering )?wheel\b"
     r"|\b(i|just|i just|i really) (want|need|wanna) out$"
     r"|\bwant out of (life|this life|this world|everything|it all|existence|being alive)\b"
     r"|\b(would|will|does|do|did) (anyone|anybody|they|he|she|my family|my kids|my husband|"
     r"my partner|people) (even |really |actually |ever )?(care|notice|miss me|remember me|"
     r"cry) if i (was|were|died|disappeared|wasnt|werent|was gone|left|killed|ended|didnt)\b"),
    ("sh_gone_soon",
     r"\b(wont|will not|not going to|not gonna) be (a problem|a burden|in the way|around|here|"
     r"bothering anyone|bothering you|a worry) (\S+ ){0,3}(much longer|for long|soon|anymore|"
     r"any more|after tonight|after today)\b"
     r"|\b(ill|i will|i am going to|im going to|i|i might|i may|i should) be gone (soon|by|"
     r"tomorrow|tonight|before|forever|for good|and (they|he|she|everyone))\b"
     r"|\b(affairs in order|sorted out my affairs|sorting out my affairs|sort out my affairs)\b"
     r"|\b(goodbye|bye|farewell) (everyone|world|everybody|all|cruel world)\b(?! (see you|xx|"
     r"x|till|until|tomorrow|next|for now|have a|from))"
     r"|\b(im|i am) sorry for everything\b"
     r"|\b(dying|death|being dead|not being here|ending it|killing myself|not existing|"
     r"not waking up) (would be|is|seems|feels|would feel|sounds|looks) (so |much |a lot )?"
     r"(easier|better|a relief|the only way|the answer|preferable|kinder|peaceful|nice|good)\b"),
    ("sh_wish_harm_to_self",
     r"\b(hope|hoping|wish|wishing|pray|praying|want|wanting) (that )?i (get|got|would get|will "
     r"get|d get|would be|get) (hit|run over|killed|knocked down|in a crash|in an accident|"
     r"cancer)\b"
     r"|\b(wish|hope|want|wishing|hoping|praying|pray) (that )?something (bad )?(would|will|could|"
     r"might) (just )?happen to me\b"
     r"|\b(so|and|then) (it|everything|it all|this|all of this|the pain) (would|could|will) (all )?"
     r"(just )?(stop|end|be over) (for good|forever|for ever|permanently)?$"
     r"|\b(have|got) (a |the )?plan (and|\S+ and) (i have |ive got |i ve got |got |have |the )?"
     r"(the |my |all the |enough |all my )?(pills|tablets|meds|rope|knife|means|paracetamol|"
     r"razor|blades)\b"
     r"|\b(have|got|ive got|i have) (a |the )?(plan|plans|means|method) (and|to|for) (the )?"
     r"(means|method|plan|do it|end it|when)\b"
     r"|\b(drank|drunk|had|downed) (\S+ ){0,5}(and|then) (took|taken|swallowed|have taken) (all |a "
     r"load of |loads of )?(my |the |some )?(pills|tablets|meds|medication|sleeping pills)\b"),
    ("sh_say_goodbye", r"\b(this is|its) (goodbye|my goodbye|the end for me)\b"),
    ("sh_other_dies",
     rf"\b(threatening|threatened|threatens|says|said|talking about|talks about|wants|want|"
     rf"going|trying|tried) to (kill|hurt|harm|end|off) {SELF}\b"
     r"(?! (and (me|us|the baby|the kids)|if i (leave|left|go|tell|break up|end)))"),
]

HARM_TO_BABY_RULES: list[tuple[str, str]] = [
    ("hb_harm_act",
     # "a choking baby": a participle before a bare noun describes the baby, nobody hurts it.
     r"(?!\w+ing (baby|babies|newborn|infant|infants|child|kid|little one)\b)"
     rf"\b{HARM_VERB} ({BABY}\b|him\b|her{OBJECT_END}|them{OBJECT_END})"
     r"(?! (off|up|out|a bottle|a bath|a feed|a dummy|some|laughing|giggling|back to sleep|"
     rf"{AFFECTION}|"
     r"to sleep|in the air|into the air|up in the air|in the pool|a kiss|a ball|their|on his "
     r"back|on her back))"),
    ("hb_rough",
     rf"\b(grab|grabbed|grabbing|grabs|yank|yanked|yanking|pull|pulled|pulling|push|pushed|"
     rf"pushing|pushes|drag|dragged|jerk|jerked) ({CHILD}) (\S+ ){{0,3}}(too hard|so hard|really "
     rf"hard|hard|roughly|by the (arm|arms|leg|legs|neck|hair|ankle|ankles|wrist|wrists)|away "
     rf"(too )?hard|down hard|over hard|against)\b"),
    ("hb_put_in",
     rf"\b(put|putting|place|placing|throw|throwing|drop|dropping|shut|shutting|lock|locking) "
     rf"({CHILD}) (in|into|inside|under|down) (the |a )?(oven|microwave|freezer|fridge|washing "
     rf"machine|tumble dryer|dryer|fire|bin|river|sea|canal|lake|toilet|boot)\b"),
    ("hb_injured_baby",
     r"\bi (think i |might have |may have |accidentally |just )?(broke|broken|fractured|hurt|"
     r"injured|burnt|burned|bruised|dislocated|scalded) (my |the )?(babys|sons|daughters|childs|"
     r"his|her) (arm|leg|wrist|head|face|skin|hand|ribs|rib|collarbone|shoulder|skull|neck)\b"
     rf"|\b(threw|throw|throwing|chucked|hurled|flung|lobbed) (\S+ ){{0,3}}at ({BABY})\b"
     rf"|\b(im|i am|i am just|i really am) not safe (to be )?(alone )?(with|around|near) "
     rf"({CHILD})\b"),
    ("hb_held_hard",
     rf"\b(held|hold|holding|squeezed|squeeze|gripped|grip|pressed|press) ({CHILD}) (\S+ ){{0,3}}"
     r"(too tight|too hard|tightly|so tight|really tight|hard|tight) (\S+ ){0,2}(on purpose|"
     r"deliberately|to make (him|her|them|it) stop|until (he|she|they) stopped)\b"
     r"|\b(shook|shake|shaking|kicked|kick|hit|banged|bang|slammed|slam|rocked|punched) (the|his|"
     r"her|their) (cot|crib|moses basket|bassinet|pram|car seat|bouncer|basket) (\S+ ){0,3}"
     r"(hard|really hard|so hard|violently|with (him|her|them|the baby) in)\b"),
    ("hb_poison",
     rf"\b(poison|poisoned|poisoning|poisons|drug|drugged|drugging|sedate|sedated|sedating) "
     rf"{BABY}\b(?! (food|bottle|cupboard|safety|lock))"),
    ("hb_harm_body",
     r"(?<!pretend to )(?<!pretending to )(?<!gently )(?<!playfully )\b("
     + verb_forms("smack", "slap", "punch", "pinch", "twist", "yank", "burn", "kick", "whack",
                  "thump", "wallop", "bash", "bite", "scald", "stamp")
     + r"|burnt|bit|struck|shook) (his|her|their|"
     r"the babys|my babys|babys) (leg|legs|arm|arms|hand|hands|face|head|bottom|bum|back|"
     r"cheek|cheeks|body|tummy|mouth|ear|ears|wrist|wrists|neck|fingers|finger|toes|toe|feet|"
     r"foot|nose)\b(?!( \S+){0,4} (playfully|gently|lol|haha|to make (him|her|them) (laugh|"
     r"giggle)|and (he|she|they) (laughs|laughed|giggles|giggled|loves|loved)))"),
    ("hb_cover_with",
     r"\b(pillow|cushion|hand|hands|blanket|towel|muslin|bag|cloth) (over|on|across|against) "
     r"(his|her|their|the babys|my babys|babys) (face|mouth|nose|head|airway|neck)\b"
     r"(?! (to (shield|protect|block) ))"),
    ("hb_cover_face",
     r"\b(covered|cover|covering|held|hold|holding|pressed|pressing|pushed|pushing) (his|her|"
     r"their|the babys|my babys|babys) (face|mouth|nose)\b(?! (with (kisses|sun ?cream|"
     r"suncream|sunscreen|cream|a hat|a muslin from|the muslin from)|from the (sun|wind|rain)))"),
    ("hb_hold_under",
     r"\b(hold|holding|held|push|pushing|pushed|put|putting|keep|keeping) (him|her|them|"
     rf"{BABY}) (under|underwater|under the water|face down)\b(?! (the covers|a blanket|"
     r"the duvet|the tap))"),
    ("hb_drop_deliberately",
     rf"\b(drop|dropping|dropped|let go of|letting go of|throw|throwing) ({BABY}|him|her|them) "
     r"(\S+ ){0,3}(on purpose|deliberately|over the (banister|banisters|balcony|bridge|edge|"
     r"side|railing|railings)|out (of )?the window|down the stairs|off the (balcony|bridge|"
     r"roof))\b"),
    ("hb_do_something",
     rf"\b(do something|do something bad|do something terrible|do something awful|do "
     rf"something stupid|do something i regret|do something i will regret|do something to|"
     rf"snap and do something) (\S+ ){{0,3}}(to )?({BABY}|him|her{OBJECT_END}|them)\b"
     rf"|\b(something|anything) (\S+ ){{0,2}}to ({BABY})\b(?! (like|such|that|which))"
     r"(?= (if|when|because|before|i|im|tonight|right now|$))"),
    ("hb_dont_trust",
     rf"\b(dont|do not|cant|cannot|can not|couldnt|no longer) (trust|be trusted|be left) "
     rf"(myself )?(alone )?(with|around|near) ({BABY}|him|her|them)\b"
     rf"|\b(shouldnt|should not|cant|cannot|can not|not safe to) be (left )?(alone )?"
     rf"(with|around|near) ({BABY}|him|her)\b(?! (because (he|she) (is|s) (ill|sick)))"
     rf"|\b({BABY}|he|she|they) (isnt|is not|arent|are not|wont be|wouldnt be) safe (with|"
     r"around|near) me\b"
     # "my baby would be better off without me" is about the parent: the self-harm rules.
     rf"|\b({BABY}|he|she|they|him|her) (would be|is|d be|will be|would|are|would all be) "
     r"(safer) (without me|away from me|with(out)? me (near|around)|if i "
     r"(wasnt|werent|was not) (near|around) (him|her|them|it))\b"),
    ("hb_what_i_might_do",
     rf"\b(afraid|scared|frightened|terrified|worried|worry|fear|fearful|unsure|dont know) (of )?"
     rf"what i (might|could|would|will|may|am going to|m going to|ll) do (to|with) ({CHILD})\b"
     rf"|\b(dont|do not|not|never) feel safe (being )?(alone )?(with|around|near) ({CHILD})\b"),
    ("hb_on_purpose",
     rf"\b(left|leave|leaving|locked|lock|shut|ignored|ignore|starved|starve|let) ({CHILD}) "
     rf"(\S+ ){{0,5}}(on purpose|deliberately|to (die|suffer|punish))\b"),
    ("hb_take_with_me",
     rf"\b(take|taking|took|bring|bringing) ({BABY}|him|her|them) with me (when i go|when i die|"
     r"if i go|if i die|if i end|when i end|too|to heaven|to the other side)\b"
     rf"|\b(think|thinking|thought|thoughts|imagine|imagining|considered|considering|want to|"
     rf"going to) (about |of )?(taking|take) ({BABY}|him|her|them) with me\b(?! (to|on|"
     r"shopping|for))"
     rf"|\b(kill|end) (us both|both of us|the two of us|myself and ({BABY}|him|her|them))\b"),
    ("hb_left_alone",
     rf"\b(left|leave|leaving) ({BABY}|him|her|them) (home alone|alone at home|alone in the "
     r"(house|flat|car|bath)|on (his|her|their) own in the (house|flat|car|bath)) (and|to|"
     r"while i|then) (went|go|drove|drive|walked|walk|left|ran|run)"),
    ("hb_thoughts_of_harm",
     r"\b(thoughts|thought|images|image|pictures|urges|urge|visions|ideas|impulses|flashes) "
     r"(\S+ ){0,6}(of|about) (\S+ ){0,2}(hurting|harming|killing|shaking|smothering|"
     r"suffocating|drowning|stabbing|throwing|dropping|hitting|strangling|choking|"
     r"poisoning|burning|squeezing|smacking|abusing|starving|snapping (his|her) neck)\b"
     r"(?! (myself|me|him\b (with|by) (kindness|love))|himself|herself)"),
    ("hb_what_if",
     rf"\b(what if|imagine if|what would happen if|thinking what if|thought what if) i (just |"
     rf"suddenly |accidentally on purpose |actually )?(drop|dropped|throw|threw|shake|shook|hurt|"
     rf"hit|smother|smothered|suffocate|suffocated|drown|drowned|let go of|squeeze|squeezed|"
     rf"stab|stabbed|strangle|strangled) ({CHILD})\b"),
    ("hb_scared_of_harm",
     r"\b(scared|afraid|frightened|terrified|worried|worry|fear|fearing|feel like|feel|think|"
     r"thinking|thought|what if) (\S+ ){0,4}(i will|i might|i could|i would|ill|id|i may|im "
     r"going to|i am going to|i ll) (\S+ ){0,3}(hurt|harm|kill|shake|hit|smother|drown|throw|"
     r"snap and|lose it and|lose control and|do something to|suffocate|strangle)\b"
     r"(?! (my back|myself|my|the dog|the cat|him when|her when))"),
    ("hb_want_harm",
     r"\b(want|wanted|wanting|urge|urges|tempted|need) (to )?(hurt|harm|kill|shake|hit|"
     r"smother|drown|throw|slap|smack|strangle|suffocate|punch|squeeze|stab|get rid of) "
     rf"({BABY}\b|him\b|her{OBJECT_END}|them{OBJECT_END}|it (so|to stop|to shut up|till|until))"
     rf"(?! {AFFECTION})"),
    ("hb_get_rid",
     rf"\bget rid of ({BABY}|him|her|them)\b(?! (cold|cough|wind|colic|hiccups|reflux|"
     r"rash|cradle cap|dummy|habit|thrush|nappy rash|eczema|the))"),
    # Someone threatening the baby because it cries: a danger to the baby.
    ("hb_threat_to_baby",
     r"\bif (the baby|baby|he|she|they|my baby|our baby|my son|my daughter|it|the kids|lo) "
     r"(doesnt|dont|wont|does not|will not|cant|do not|doesnt ever) (shut up|stop crying|stop "
     r"screaming|stop|be quiet|settle|sleep|go to sleep|pack it in|quieten down|calm down)\b "
     r"(\S+ ){0,2}(hell|he will|hed|he would|shell|she will|shed|theyll|hes going to|shes going "
     r"to|he is going to|she is going to|im going to|ill|i will|id|i swear ill|i swear i will) "
     r"(make (him|her|them|it)(?! (a|some|his|her|their|laugh|smile|feel|comfortable|happy|"
     r"more|better|warm|up))|shut (him|her|them|it) up|give (him|her|them|it) (something|a "
     r"reason) to cry about|teach (him|her|them|it) a lesson|sort (him|her|them|it) out|"
     rf"{HARM_VERB})\b"
     r"|\b(hell|he will|he would|hed|shell|she will|shed|theyll|hes going to|shes going to) "
     r"(make (him|her|them|it) (shut up|stop|be quiet)|shut (him|her|them|it) up)\b"
     r"|\bgive (him|her|them|it) something to cry about\b"),
    ("hb_someone_hurting",
     r"\b(bruises|bruise|bruising|marks|burns|bite marks|finger marks|fingermarks|"
     r"finger shaped|handprint|handprints|welts|cuts) (\S+ ){0,3}(on|all over|round|around) "
     r"(his|her|their|the babys|my babys|babys|my baby|the baby|my son|my daughter|him|"
     r"her)\b(?! (gums|nappy area|bum from the nappy|"
     r"from the nappy|from the car seat strap)|( \S+){0,2} (from|after|because of|where) (the |his "
     r"|her )?(car seat|straps|strap|nappy|vest|clothes|poppers|sleeping bag|buggy|pram|sling|zip|"
     r"cot|jab|jabs|vaccine|vaccination|vaccinations|injection|eczema|scratching|scratches|"
     r"teething|birth|forceps|ventouse|delivery))"),
]

PSYCHOSIS_RULES: list[tuple[str, str]] = [
    ("ps_dead_talking",
     r"\b(dead|late|deceased) (mother|mum|father|dad|nan|gran|grandma|grandad|husband|wife|baby|"
     r"sister|brother|friend|son|daughter) (\S+ ){0,2}(is )?(telling|talking to|speaking to|"
     r"calling|ordering|commanding) (me|us|her|him)\b"
     r"|\b(hear|hearing|heard|hears) (\S+ ){0,4}(ordering|commanding|instructing) me\b"),
    ("ps_voices",
     r"\b(hear|hears|hearing|heard) (?!(my|his|her|your|our|the babys|babys) (\S+ )?(voice|"
     r"voices)\b)(\S+ ){0,2}(voices|a voice|the voice|voice|whispers|"
     r"whispering|god|angels|the devil|demons|people talking in (the|my) (walls|head|ceiling)|"
     r"someone talking in (the|my) (walls|head|ceiling)|commands|instructions)\b"
     r"(?! (of|on the|in the nct|from the|in the next|through the monitor|on the monitor|"
     r"next door|downstairs|in the womb|from the womb|before birth|before they are born|"
     r"before theyre born|yet))"
     r"|\b(hear|hears|hearing|heard) (people|someone|voices|things) (\S+ ){0,2}(in|through|"
     r"inside|from) (the|my) (walls|wall|ceiling|vents|head|plug|plugs|pipes)\b"
     r"|\bthe voices (are|have|keep|were|say|said|tell|told|want|come|came|won|in my head|"
     r"started|get|got)\b|\bvoices? (in my head|telling|tell|told|saying|instructing|"
     r"ordering|commanding|say i|say she|says i|tells me)\b"),
    ("ps_messages_for_me",
     r"\b(tv|radio|news|adverts|ads|advert|songs|song|music|lights|clock|clocks|numbers|birds|"
     r"walls|the walls|wall|furniture|the house|the fridge|the microwave|plants|trees|"
     r"phone|computer|newsreader|presenter|presenters|people on (the )?(tv|news|radio)|"
     r"universe|stars|cars|number plates|signs|street signs|posters|billboards|the baby|"
     r"god|angels|the moon|the sun|the trees|the wind|the neighbours|strangers) "
     r"(\S+ ){0,3}((told|tells|telling|ordered|orders|instructed|instructs|commanded|wants) "
     r"(me|her|him) to|talking about (my (son|daughter|baby|family|husband|wife|partner|kids)|the "
     r"baby|me|us)|talking (directly |straight |only )?to (me|her|him)|talking "
     r"about us|speaking (directly |straight |only )?to (me|her|him)|speak to me|"
     r"talk to me|sending (me |her |him |us )?(\S+ )?(messages|signals|signs|codes)|send "
     r"(me |her |him |us )?(\S+ )?(messages|signals|signs|codes)|messages (for|meant for|"
     r"to) (me|her|him|us)|signs (for|meant for) (me|her|him|us)|"
     r"about me and|watching me|watch me|are about me|is about me|knows what im thinking|"
     r"know what im thinking)\b"
     r"|\b(receiving|getting|get|got|sent|sending) (secret |hidden |special |coded )?"
     r"(messages|signals|signs|codes|instructions) (through|from|via|on|in) (the )?(tv|"
     r"radio|news|adverts|songs|lights|clock|numbers|birds|universe|stars|walls|god)\b"
     r"|\b(hidden|secret|special|coded) (messages|signs|signals|codes|meanings) (\S+ ){0,4}"
     r"(for|meant for|to|about) (me|her|him|us)\b"
     r"|\b(messages|signs|signals) (are |were |is )?(meant )?for me\b"),
    ("ps_watched",
     r"\b(watching|spying on|spy on|listening to|following|monitoring|tracking|recording|"
     r"filming|bugged|bugging|reading) (me|us|my thoughts|our house|the house|my mind) "
     r"(\S+ ){0,2}(through|via|in|with|from|using) (the |my |our )?(tv|walls|wall|vents|"
     r"mirror|mirrors|baby monitor|monitor|phone|smoke alarm|lights|camera|cameras|"
     r"microwave|wifi|radio|sockets|plugs|fridge|satellite|satellites|drones|windows)\b"
     r"|\b(listening|watching|spying) (through|via|in) (the |my |our )?(baby monitor|monitor|"
     r"tv|walls|vents|phone|smoke alarm|lights|sockets|mirror)\b"
     r"|\b(cameras|camera|microphones|microphone|bugs|listening devices|tracking devices|"
     r"trackers|chips|microchips|micro chips|implants|implant|wires) (hidden )?(\S+ ){0,2}(in|"
     r"inside|into|behind) (the|my|our|her|his|me) (\S+ ){0,1}(head|brain|body|formula|milk|food|"
     r"walls|wall|teeth|arm|smoke alarm|lights|light|tv|mirror|plug|plugs|socket|sockets|vents|"
     r"ceiling|teddy|clock|fridge|radio|skin|eyes|blood|nappies|bottles)\b"
     r"|\b(hidden|secret|planted|put|installed) (cameras|camera|microphones|bugs|listening "
     r"devices|tracking devices|trackers) (\S+ ){0,6}(spy|watch|watching|listen|listening|film|"
     r"filming|record|recording|track|tracking|on me|on us)\b"
     r"|\b(cameras|camera) (\S+ ){0,4}to (spy|watch|film|record)\b"
     r"|\bspy(ing)? on (me|us)\b"
     r"|\bbeing (followed|watched|spied on|monitored|tracked|poisoned|recorded|filmed|"
     r"controlled|experimented on|hunted|targeted|plotted against)\b"
     r"(?! (by (the|my) health visitor|on the scales|for (her|his) weight|closely by the|"
     r"by (my|him|her|his) |by (the )?(lack|tiredness|sleep|exhaustion|stress|hormones)))"),
    ("ps_plot",
     r"\b(poisoning|poisoned|poison|drugging|drugged) (me|us|my food|my drinks|my food and|"
     r"the baby|my baby|her|him|my milk|the milk|the formula)\b(?! (with|on|by accident))"
     r"|\b(plotting|plot|conspiracy|conspiring|out to get) (against )?(me|us)\b"
     r"|\bfor (experiments|experimenting|an experiment|sacrifice|a sacrifice)\b"
     r"|\b(coming|trying|going|want|wants|plotting|planning|plan) to (steal|kidnap|snatch|"
     r"sacrifice|experiment on|replace) (the baby|my baby|our baby|her|him|them|my son|"
     r"my daughter)\b(?! (from (the|her|his) (cot|pram)|toy|dummy))"
     r"|\bbarricad(e|ed|ing)\b|\bmicro ?chip(s|ped)?\b"),
    ("ps_swapped",
     r"\b(swapped|switched|replaced|changed|exchanged|taken and replaced) (\S+ ){0,4}"
     r"(at the hospital|at birth|in the hospital|in hospital|by (an |a )?(imposter|impostor|"
     r"double|robot|fake|clone|alien|demon|fairies)|with (an |a )?(imposter|impostor|double|"
     r"robot|fake|clone|alien|demon|different baby|another baby|lookalike|doll|replica|"
     r"fake baby|changeling|stranger))\b"
     r"|\b(imposter|impostor|changeling|replica|body double)\b"
     r"|\b(isnt|is not|not|aint) (human|a human|a real baby|of this world|from this world|"
     r"from this planet|a person)\b"
     r"|\b(they|nurses|midwives|the hospital|hospital|doctors|someone|somebody|people|she|he|"
     r"the staff|the nurse|the midwife|the nurses|the midwives|the doctors|husband|partner|"
     r"wife|boyfriend|girlfriend|mother in law|mil|mum|dad) (\S+ ){0,2}"
     r"(swapped|switched|replaced|stole|kidnapped) ((my|our|the) (real )?(baby|son|daughter|"
     r"child|boy|girl|twins)|him|her|them)\b(?! (onto|on to|into|to|over|from|s|round|around|"
     r"off|out|for|with(?! (another|a different|a fake|an imposter|an impostor|someone|a doll|"
     r"a robot|a changeling))))"
     r"|\b(baby|he|she|son|daughter|child|it|him|her|husband|partner|mum|wife) (is|s|isnt|is not) "
     r"(not|a fake|fake|not really) (real|my real|human|the real|mine|my baby|my child)\b"
     r"(?! (sure|bothered|interested|keen|happy|hungry|tired|well|ok|okay))"),
    ("ps_evil_baby",
     r"\b(baby|he|she|son|daughter|child|it|newborn|him|her|infant|wife|husband|partner|"
     r"girlfriend|boyfriend|i|im|i am|hes|shes|its|babys) (is|s|are|am|was|has been|has|"
     r"have|seems|looks)? ?(really |actually |definitely |the |a |an |possessed by |"
     r"possessed by the |possessed by a )?(evil|devil|demon|demonic|possessed|antichrist|"
     r"anti christ|messiah|not human|an alien|alien|robot|cursed|chosen one|the chosen one|"
     r"saviour|savior|prophet|a prophet|the prophet|jesus|god|son of god|daughter of god|"
     r"reincarnated|reincarnation)\b(?! (at|at night|eye|eyes|face|look|when|lol|haha|for|"
     r"genius|mastermind|twin|laugh|grin|smile|plan|scheme|stepmother|queen|king|overlord|"
     r"mode|hour|stage|o clock|oclock|phase|child lol|sometimes|like|baby lol|to me lol|"
     r"at bedtime|in disguise lol))"
     r"|\b(thinks|think|believes|believe|says|said|convinced|insists|knows) (that )?"
     r"(she|he|i|the baby|they|baby|shes|hes|im) (is |are |am |s )?(a |the )?(prophet|"
     r"messiah|god|jesus|saviour|savior|chosen one|chosen|special|invincible|immortal|"
     r"famous|royalty|a spy|being watched(?! by (the|my|a|her|his) )|being followed|"
     r"being poisoned|dead|not real|"
     r"possessed|evil)\b"
     r"|\b(possessed|demonic|evil spirit|evil spirits|the devil|satan) (\S+ ){0,4}(baby|"
     r"him|her|son|daughter|child|eyes|house)\b"),
    ("ps_chosen",
     r"\b(ive|i have|i was|i am|im|weve|we have|she has|shes|he has|hes|she was|he was) "
     r"(been )?(chosen|selected|sent|picked) (\S+ ){0,2}?(by god|by the universe|by angels|"
     r"for a (divine|special|holy|higher|sacred)|to save|as the|for a mission|for this|$)"
     r"|\b(special|secret|divine|holy|sacred|god given) (mission|mission from god|purpose|"
     r"powers|power|abilities|gift from god|task|calling)( (\S+ ){0,3}(from god|i have|to|"
     r"for me|given to me|to save)|$)"
     r"|\b(have|got|gained|given|developed|with) (special |magic |super |psychic |magical )?"
     r"(powers|superpowers|psychic powers|psychic abilities|abilities)\b"
     r"(?!( \S+){0,12} (lol|haha|hehe|lmao|jk|xd)\b)"
     r"|\b(meant to|chosen to|mission to|have to|must|supposed to|sent to|need to|destined to)"
     r" (save|protect|heal|rescue|cleanse) (everyone|the world|humanity|mankind|the universe|"
     r"us all|everybody|the human race|the planet)\b"
     r"|\b(can|could) (read (peoples |people s |everyones |other peoples )?minds|control "
     r"(the )?(weather|world|people|time|the sun|the tides|electricity)|hear (peoples |"
     r"everyones )?thoughts|see the future|talk to (god|angels|the dead|animals))\b"
     r"|\b(direct line|connection|connected|link|linked|speaking|talking) (to|with) (the "
     r"universe|god|the angels|angels|the spirits|spirits|the dead|the other side)\b"
     r"|\b(god|the universe|angels|jesus|the devil|satan) (has |is |keeps |)sent me (a |signs|"
     r"messages|a message|a sign|instructions|orders|visions|a vision|a mission|on a mission)\b"
     r"|\b(god|the universe|angels|jesus|the devil|satan) (is |has |was |keeps |have |had )?"
     r"(talking|speaking|talks|speaks|told|tells|telling|sending|chose|chosen|choosing|"
     r"spoke|showing|picked|selected) (to )?(me|us|her|him|my)\b"
     r"|\b(message|messages|sign|signs|instructions|orders|commands|mission|missions|task|"
     r"calling|quest) from (god|the universe|"
     r"angels|jesus|the devil|satan|aliens|the spirits)\b"
     r"|\b(superwoman|superman|superhuman|invincible|immortal|all powerful|all knowing)\b"
     r"(?! (lol|haha|mum|mom|mode|mummy|dad|daddy|costume|outfit|t shirt|top|babygrow))"),
    ("ps_thoughts_broadcast",
     r"\b(hear|hears|read|reads|reading|steal|stealing|stole|(?<!cant )(?<!cannot )(?<!not )"
     r"(?<!to )(control|controlling)|broadcast|broadcasting|put|putting|insert|inserting|know|"
     r"knows) (all )?(my|her|his) thoughts\b"
     r"|\b(control|controlling|controls|steal|stealing|stole|broadcast|"
     r"broadcasting|taken over|take over|taking over|poison|poisoning) (my|her|his) mind\b"
     r"|\b(thoughts|thought) (are |is |being )+(broadcast|stolen|put in|inserted|controlled|"
     r"read|taken)\b"
     r"|\b(hear|hearing|heard|read|reading) (the babys|babys|peoples|people s|everyones|"
     r"other peoples|his|her|their|my husbands|my partners|my babys) thoughts\b"
     r"|\b(the baby|my baby|baby) (is |s )?(trying|wants|out|plotting) to (kill|poison|hurt|"
     r"destroy) me\b(?! (with|lol|haha))"
     r"|\b(put|putting|inserted|inserting|planting|planted) (thoughts|ideas|things) (in|into) "
     r"my (head|mind|brain)\b"),
    ("ps_no_sleep_energy",
     r"\b(not|havent|hasnt|have not|has not|no|without|barely|hardly|didnt|did not|cant|"
     r"cannot|can not|wont|will not|doesnt|dont|not been able to) (slept|sleep|sleeping) "
     r"(\S+ ){0,2}(in|for|since) (\S+ ){0,2}(days|nights|day|tuesday|monday|wednesday|"
     r"thursday|friday|saturday|sunday|the birth|birth|she was born|he was born|coming "
     r"home|we got home|\d+ (days|nights)|two|three|four|five|several|72|48|96) (\S+ ){0,16}"
     r"(amazing|great|incredible|buzzing|wired|energy|energised|energized|racing|superwoman|"
     r"superhuman|ideas|invincible|fast|strange|strangely|weird|weirdly|paranoid|cleaning|"
     r"dont need|doesnt need|no need|convinced|euphoric|high|on top of the world|manic|"
     r"talking|chosen|special|powers|god|voices|not tired|never been better|best ive ever|"
     r"unstoppable|genius|signs|messages|mission|prophet|scared|plans|plan|excited|"
     r"hyper|agitated|restless|rambling)\b"
     r"|\b(up|awake) (for )?(\d+|two|three|four|five|several) (whole )?(hours|days|nights) "
     r"(\S+ ){0,10}(cleaning|buzzing|wired|energy|racing|signals|messages|voices|talking|"
     r"ideas|convinced|paranoid|strange|weird|manic|god)\b"
     r"|\b(dont|do not|no longer|doesnt|does not) need (to )?(sleep|any sleep|sleep anymore|"
     r"to rest)\b(?! (much|as much|during|in the|at|until|til|when|if|so))"
     r"|\b(not|havent|hasnt|have not|has not|no|without) (slept|sleep|sleeping) (\S+ ){0,2}"
     r"(since|in|for) (\S+ ){0,2}(days|nights) (\S+ ){0,6}(and|but) (feels?|feel|felt|"
     r"seems|says|is|im|she is|shes) (\S+ ){0,2}(fine|great|amazing|wired|buzzing|energised|"
     r"brilliant|fantastic|incredible|powerful)\b"),
    ("ps_seeing_things",
     r"\b(seeing|see|saw|seen|hearing|hear|heard|smelling|feeling|talking to|talks to|speaking "
     r"to|speaks to|responding to|laughing with|arguing with) (\S+ ){0,6}(that |which |who )?"
     r"(arent|are not|werent|isnt|is not|wasnt|was not|nobody else can|no one else can|"
     r"noone else can) (there|real|actually there|really there|see|hear|playing|happening)\b"
     r"|\b(code|codes|secret language|coded messages|coded message|hidden meaning|signals) "
     r"(\S+ )?(only|that only) (i|me) (can |could )?(understand|see|read|hear|know|decode)\b"
     r"|(?<!you )(?<!you start )(?<!people )(?<!people start )(?<!about )(?<!of )(?<!is )"
     r"(?<!mums start )\b(hallucinating|hallucinated|halucinating|hallucinting)\b"
     r"|\b(i|she|he|wife|partner|girlfriend|husband|boyfriend|mum) (\S+ ){0,2}(hallucinate|"
     r"hallucinates)\b"
     r"|\b(im|i am|i think im|shes|hes|she is|he is|wife is|partner is|girlfriend is) "
     r"hallucinating\b"
     r"|\b(i|im|she|he|shes|hes|wife|partner|girlfriend|husband|boyfriend|been|keep|keeps|"
     r"started) (\S+ ){0,2}(get|getting|"
     r"have|having|had|see|seeing|experiencing|started having|keep having) (\S+ )?"
     r"(hallucinations|hallucination)\b|^(having )?hallucinations\b"),
    ("ps_seeing_crawling",
     r"\b(i|im|i can|i keep|i kept|i have been|ive been|i am|i could|i just) (\S+ )?(see|seeing|"
     r"saw|seen|feel|feeling) (things|bugs|insects|spiders|faces|figures|people|shadows|snakes|"
     r"creatures|blood|eyes|demons|ghosts) (\S+ ){0,2}(crawling|moving|on the walls|in the "
     r"walls|on the ceiling|everywhere|under my skin|watching me|coming out)\b"),
    ("ps_knowing",
     r"\bknow (things|secrets|everything) (that )?(other people|others|nobody else|no one else|"
     r"noone else|normal people|no one) (dont|do not|cant|can not|doesnt)\b"
     r"|\b(i|im|i am) (can )?(see|seeing|know|knowing) (the future|what will happen|what people "
     r"are thinking|everyones thoughts)\b"),
    ("ps_seeing_spirits",
     r"\b(i|im|i can|i keep|i kept|i have been|ive been|i am|i could|she|he|she keeps|he keeps|"
     r"she can|he can) (\S+ )?(see|seeing|saw|seen|sees) (demons|devils|the devil|angels|spirits|"
     r"ghosts|evil spirits|monsters|aliens|dead people|a demon|an angel|a ghost|shadow people|"
     r"shadow figures|shadow men|dark figures|a dark figure|a shadow man|figures)\b"
     r"(?! (in (films|movies|the film|the show|my dreams)|on (tv|the tv)))"
     r"|\b(is not|isnt|not) (our|my|her|his|their) (real )?(baby|son|daughter|child) (\S+ ){0,4}"
     r"(swapped|switched|replaced|changed|stolen|fake|imposter|impostor)\b"
     r"|\b(control|move|change|make|bend|stop) (things|objects|people|the weather|the lights|the "
     r"world|time|electricity|cars|traffic) (happen )?(with|using|by) (my|her|his) (mind|thoughts|"
     r"brain|will)\b"),
    ("ps_being_watched",
     r"\b(someone|somebody|people|they|everyone|strangers|men|a man|a woman) (is |are |s |re |"
     r"keeps |keep )?(always |constantly |secretly )?(watching|following|spying on|listening to|"
     r"recording|filming|tracking|stalking) (me|us|our house|the house)\b(?! (breastfeed|feed|"
     r"feeding|struggle|struggling|parent|with the baby|like|and judging|judging|on instagram|"
     r"on facebook|on tiktok|online|change|at (baby group|the|group|work|nursery|clinic|church|"
     r"soft play|the park)|in (public|town|the))\b)"),
    ("ps_sent_by_evil",
     r"\b(sent|sent here|made|created|possessed|controlled|marked|chosen|taken over) by (the "
     r"devil|satan|demons|a demon|aliens|evil|evil spirits|dark forces|lucifer)\b"),
    ("ps_unreal",
     r"\b(nothing|none of (this|it)) (is|s) real\b"
     r"|\b(the world|everything|everyone|everybody|my family|people) (around me )?(is|are|s) "
     r"(fake|not real|a simulation|actors|robots)\b"
     r"|\b(baby|he|she|son|daughter|child|it|him|her|husband|partner|wife|i|im|my baby|the baby)"
     r" (isnt|is not|arent|am not|s not) real\b(?! (sure|bothered|keen|fussed|a fan|into|good|"
     r"great|happy|interested|worried|big on|struck))"
     r"|\b(im|i am) not real\b(?! (sure|bothered|keen|fussed|a fan|into|good|great|happy|"
     r"interested|worried|big on|struck))"),
    ("ps_in_my_head",
     r"\b(talking|talks|talked|speaking|speaks|spoke|whispering|whispers|whispered|telling me "
     r"things|tells me things|giving me orders) (to me )?in(side)? my (head|mind|brain)\b"
     r"|\b(hear|hearing|heard|hears) (\S+ ){0,3}in my (head|mind) (telling|talking|saying|"
     r"speaking|ordering|whispering)\b"),
    ("ps_spying_for",
     r"\b(spying|spy|spies|watching me|watching us|reporting back|report back|reporting on me|"
     r"listening in|keeping watch) (\S+ ){0,2}(for|to) (them|the government|the police|the devil|"
     r"satan|the aliens|mi5|the cia|the fbi|the hospital|social services)\b"),
    ("ps_telepathy",
     r"\b(talking|talks|speaking|speaks|communicating|communicates|reading|reads) (to me |to us |"
     r"my mind )?(with|through|using|via) (his|her|their|my|its) (mind|thoughts|brain|eyes and "
     r"mind)\b|\btelepath(y|ic|ically)\b"),
    ("ps_persecuted",
     r"\b(everyone|everybody|they|people|the world|the doctors|the nurses|the midwives|my "
     r"family|the neighbours|all of them|the government|the police) (is |are |s |re )?(all )?"
     r"(against me|out to get me|plotting|conspiring|in on it|in on (a|the) plan|in on this|"
     r"after me|trying to get me|"
     r"trying to hurt me|trying to poison me)\b"
     r"|\b(convinced|believes|believe|insists|insisting|sure|certain|knows|know|keeps saying|"
     r"thinks) (that )?(the baby|baby|he|she|my son|my daughter|our baby|the child|it|our son|"
     r"our daughter) (isnt|is not|s not|isn t) (hers|his|mine|ours|theirs|my baby|her baby|"
     r"our baby|real|human|really (hers|mine|ours))\b"
     r"|\b(gave|given|give|sent|handed) (me|us|her|him) (home )?(with )?(the )?wrong (baby|child|"
     r"one|newborn)\b|\b(not|isnt) the (right|same|real) baby\b"),
    # "she's acting odd" is as likely the baby: only named adults count.
    ("ps_acting_strange",
     r"\b(wife|partner|sister|daughter|girlfriend|husband|boyfriend|mum|fiance|"
     r"fiancee|friend) (\S+ ){0,2}(is |s |has been |seems |been )?(acting|behaving|being|"
     r"talking) (really |very |so |a bit |quite |extremely |completely )?(strange|strangely|"
     r"weird|weirdly|odd|oddly|paranoid|manic|bizarre|bizarrely|crazy|not like herself|"
     r"not like himself|out of character|confused|nonsense|gibberish)\b"
     r"(?! (when|because|cos|after|from|lol|haha|with tiredness|if))"
     r"|\b(she|he|wife|partner|sister|daughter|girlfriend|husband|boyfriend|mum) (is|s|has "
     r"been|seems|became|become|got|getting) (really |very |so |extremely |increasingly )?"
     r"(paranoid|manic|delusional|psychotic|confused and)\b"
     r"|\b(i|im|i am|ive been|i have been|i feel|feel|feeling) (really |very |so )?"
     r"(delusional|psychotic|manic|like im going mad and|like im losing touch with reality)\b"),
    ("ps_named",
     r"\b(i|she|wife|partner|he|girlfriend|sister|daughter|i think i|she might|i might|"
     r"i may|she may|think i|think she|im|shes|mum|my wife|my partner) (think |might |may |"
     r"could |definitely |probably )?(have|has|having|got|getting|s got|ve got|developed|"
     r"developing|diagnosed with|been diagnosed with|is in|am in|going into|showing signs "
     r"of|signs of|is getting|am getting|is developing|am developing|in) (postpartum |"
     r"postnatal |post partum |post natal |puerperal |pp )?(psychosis|psychotic episode|"
     r"mania|manic episode)\b"),
]

ABUSE_RULES: list[tuple[str, str]] = [
    ("ab_hurt_me",
     r"\b(he|hes|she|shes|they|partner|husband|boyfriend|fiance|fiancee|ex|wife|girlfriend|"
     r"mother in law|father in law|dad|father|brother|stepdad|step dad|his mum|his dad|"
     r"his brother|his family|uncle|someone|man|landlord|son|mum|baby daddy|babys dad|"
     r"babys father|baby father|the babys dad|bd) (\S+ ){0,4}?"
     r"("
     + verb_forms("hit", "beat", "punch", "kick", "slap", "shove", "push", "strangle", "choke",
                  "throttle", "grab", "bite", "burn", "rape", "assault", "attack", "drag", "pin",
                  "headbutt", "smack", "stab", "throw", "hurt", "injure", "abuse", "batter",
                  "thump", "whack", "smother", "suffocate", "trip")
     + r"|beaten|bit|burnt|threw|thrown|"
     r"spat at|spits at|spat on|spits on|kicked out|locked|locks) (\S+ )?me\b"
     r"(?!( \S+){0,6} (teething|latch|latching|boob|nipple|nipples)\b|( \S+){0,3} (while|when) "
     r"(feeding|nursing|breastfeeding|on the boob)\b)"
     r"(?! (with (his|her) (rattle|toy|toys|bottle|spoon|tiny|little|feet|foot|head|hand|"
     r"hands)|when (he|she) (feeds|was feeding|is feeding|s feeding)|in the (boob|boobs|"
     r"nipple|nipples) lol|lol|haha|at|to it|to the|in a|hands down|fair and square|again at|"
     r"(a|an) (surprise|party|bone|ball|curveball|curve ball|lifeline|look|smile|wink|kiss|"
     r"hint)))"),
    ("ab_being_abused",
     r"\b(im|i am|i think im|i think i am|i have been|ive been) (being )?(abused|in an abusive "
     r"relationship|a victim of (domestic )?(abuse|violence))\b(?! by (my |the |our )?(toddler|"
     r"toddlers|baby|babys|kids|children|cat|dog|boss|job|work)|( \S+){0,6} (lol|haha))|"
     r"\bbeing (abused|hit|beaten|hurt|controlled|threatened|assaulted|raped|strangled|choked|"
     r"kicked|punched|slapped|bullied|intimidated) (\S+ ){0,2}by (my|him|her|his|the|our)\b"
     r"(?! (toddler|toddlers|baby|babys|kids|children|cat|dog|boss|job|work)\b|( \S+){0,6} "
     r"(lol|haha))"
     r"|\b(abuses|abused|abusing|mistreats|mistreating|mistreated) me\b"
     r"|\bnot safe (at home|in my (own )?(home|house|flat)|in the house|with (him|my partner|"
     r"my husband|my boyfriend|my ex))\b"
     r"|\b(scared|afraid|frightened|terrified|worried) (that )?(he|she|they|hes|shes|theyre|hell|"
     r"shell|theyll|hed|shed)( \S+){0,3} (hurt|kill|hit|harm|attack|beat|strangle|choke|rape|"
     r"stab) (me|us)\b"),
    ("ab_head_against",
     r"\b(he|she|partner|husband|boyfriend|fiance|ex|wife|girlfriend|they) (\S+ ){0,2}"
     r"(slammed|smashed|banged|hit|knocked|pushed|shoved|threw|bashed) my (head|face|body) "
     r"(against|into|on|off|onto)\b"
     r"|\b(bruises|bruise|bruising|marks|black eye|cuts|injuries|scars) (\S+ )?(from|off|because "
     r"of|where|thanks to) (him|my partner|my husband|my boyfriend|my ex|my fiance|my wife|"
     r"my girlfriend|them)\b"),
    ("ab_tried_to_kill",
     r"\b(he|she|partner|husband|boyfriend|fiance|ex|wife|girlfriend|they|baby daddy) (\S+ ){0,2}"
     r"(tried|trying|tries|attempted|nearly|almost|wanted|wants|going|threatens|threatened|"
     r"threatening) (to )?(kill|killed|drown|drowned|smother|smothered|suffocate|suffocated|"
     r"poison|poisoned|stab|stabbed|strangle|strangled|choke|choked|burn|burned|run over|shoot|"
     r"shot) me\b"
     r"|\b(threatens|threatened|threatening|says|said|keeps saying) (\S+ ){0,2}(kill|hurt|harm) "
     r"(himself|herself) (and (me|us|the baby|the kids)|if i (leave|left|go|tell|break up|end))"),
    ("ab_neck",
     r"\b(hands|hand|arm|arms|fingers|belt|rope|cord) (round|around|on|across|against) my "
     r"(neck|throat)\b|\bby the (throat|neck|hair)\b|\b(strangled|choked|throttled) me\b"),
    ("ab_threats",
     r"\b(threatened|threatens|threatening|threaten|threat|threats) (\S+ ){0,2}(me|us|to (kill|"
     r"hurt|harm|stab|beat|hit|strangle|choke|rape|burn|kick me|throw me|lock me|leave me|"
     r"report me|have me|get me|tell social|call social|take (the baby|my baby|our baby|the "
     r"kids|my kids|him|her|them|my son|my daughter|son|daughter|the children|custody)))\b"
     r"(?! (with (a|the) (bath|bed|early|time out|naughty)))"
     r"|\b(says|said|told me|tells me|swore|swears|promised|keeps saying) (\S+ ){0,2}"
     r"(hell|he will|hed|he would|shell|she will|theyll|they will|hes going to|shes going "
     r"to) (kill|hurt|harm|stab|beat|take|keep|find|destroy|ruin|burn|hit) (me|the baby|"
     r"my baby|our baby|the kids|her|him|us|son|daughter|my son|my daughter|the children|"
     r"them)\b (\S+ ){0,8}(if|unless|when) i "
     r"(leave|left|go|went|tell|told|report|reported|call (the police|999|911|for help|anyone|"
     r"someone|my (mum|family|"
     r"sister|friend|friends|dad|brother))|try|"
     r"ever|speak|talk|say anything|take|move|see)"
     r"|\bif i (leave|left|go|tell|report|call|try to leave|ever leave) (\S+ ){0,6}"
     r"(hell|he will|hed|he would|shell|she will|theyll|hes going to|shes going to) "
     r"(kill|hurt|harm|take|keep|find|make sure|get|never let|stop|tell social services|"
     r"call social services)\b"
     r"|\b(nobody|no one|noone) (would|will|is going to|will ever|would ever) believe me\b"
     r"|\b(knife|gun|weapon|knives) (\S+ ){0,4}(at me|to my|against my|on me|over me|in my "
     r"face)\b|\b(threatened|threatening|threatens) me with\b"),
    ("ab_control",
     r"\b(controls|control|controlling|takes|took|taken|has|keeps|kept|keeping|withholds|"
     r"withheld|hides|hid) (all )?(of )?(my |the |our )?(money|bank card|bank cards|card|"
     r"cards|wages|benefits|child benefit|passport|passports|car keys|keys|finances|"
     r"access to money)\b(?! (for|to pay|to buy|because i|safe|in his wallet so i|out))"
     r"|\b(checks|check|checking|goes through|go through|going through|reads|read|reading|"
     r"monitors|monitoring|tracks|tracking|tracked) my (phone|messages|texts|emails|"
     r"location|whereabouts|spending|bank|social media|calls|car|every move)\b"
     r"|\b(not|never|isnt|arent) (allowed|permitted|let) to (see|have|go|leave|talk|speak|"
     r"call|use|visit|work|text|drive|spend|buy|wear|eat|sleep|get) (my |any |the |out|"
     r"to|of|anything|own|friends|family|a|money|anyone|the house)"
     r"(?! (lift|drive for|drive after|hoover|exercise|bath|swim|do heavy))"
     r"|\b(wont|will not|doesnt|does not|never) let me (?!(\S+ ){0,8}(custody|court|solicitor|"
     r"contact order|mediation)\b)(leave|go|see|have|use|talk|speak|call|"
     r"out|visit|work|text|drive|spend|buy|wear|eat|sleep|get|take the|contact|"
     r"phone|answer)\b(?! (a (minute|moment|second)|him|her|the baby|do the night|do nights|"
     r"do any night|help|lift|do anything for myself|pick|change|bath|hold))"
     r"|\b(prevents|prevented|stops|stopped|keeps|keep|kept|forbids|forbade|bans|banned) me "
     r"(from )?(seeing|leaving|going|talking|using|having|calling|visiting|working|contacting|"
     r"speaking to|phoning|getting)\b(?! (sleep|any sleep|a nap))"
     r"|\b(restricts|restrict|restricted|restricting|limits|limited|limiting|cuts off|cut off|"
     r"cutting off|isolates|isolated|isolating) (my |me )(\S+ ){0,2}(access|money|contact|"
     r"phone|friends|family|from)\b"
     r"|\b(ask|asking|get|beg|begging) (his |her |their )?permission (to|for) (\S+ ){0,3}"
     r"(buy|spend|go|see|leave|use|have|eat|nappies|food|money|out)\b"
     r"|\blocked (me|us|me and the baby|the baby and me) (out|in)\b"
     r"|\b(keeps|kept|keeping|keep) (me|us) (locked|shut|trapped|prisoner) (in|inside|up)?\b"
     r"|\blocks (me|us) (in|out|up|inside)\b"
     r"|\b(controls|control|controlling|dictates|decides|decide|chooses|choose) (where|who|what|"
     r"when|how) i (go|see|wear|eat|spend|do|talk|say|sleep|text|call)\b"
     r"|\b(controls|controlling|dictates|decides|control) (everything|every thing|all|what) "
     r"(i do|i say|i wear|i eat|i spend|about me|in my life|i can do|i am allowed)\b"),
    ("ab_sexual",
     r"\b(forces|forced|forcing|makes|made|making|pressures|pressured|pressuring|pushes|pushed) "
     r"me (to |into )?(have sex|sleep with|sex|do things|do stuff|do sexual|have intercourse|"
     r"sexual)\b"
     r"|\bforced (himself|herself|themselves) on me\b"
     r"|\b(raped|rape|rapes|raping|sexually assaulted|sexual assault|sexually abused|"
     r"sexually abusing|sexually abuses)\b(?! (scene|joke|jokes|case|cases|statistics|in the "
     r"news|culture))"
     r"|\b(sex|intercourse) (\S+ ){0,3}(when i said no|when i say no|even though i said no|"
     r"without my consent|against my will|while i was asleep|while im asleep)\b"),
    ("ab_afraid_of",
     r"\b(scared|afraid|frightened|terrified|fearful|petrified) (of|to) (him|her|my partner|"
     r"my husband|my boyfriend|my ex|my fiance|my fiancee|my wife|my girlfriend|my dad|"
     r"my father|my mother in law|my father in law|my brother|his temper|his anger|"
     r"what he will do|what hell do|what he might do|what he would do|what she will do|"
     r"going home(?! (from|after))|go home(?! (from|after))|be at home|be home|tell him|"
     r"leave him|leave her|tell anyone|"
     r"be alone with him|be in the same room)"
     rf"(?!( {HARM_VERB}| (choking|falling|getting|being|not|waking|rolling|crying|catching|"
     r"picking|dropping|missing|forgetting|spitting|vomiting|hating|feeling|rejecting|"
     r"seeing|finding|thinking|leaving)|'s|s ))\b"),
    ("ab_violent",
     r"\b(violent|aggressive|abusive|rough|dangerous) (\S+ )?(to|towards|with|at|around) "
     r"(me|us)\b(?! (lol|haha))"
     r"|\b(gets|getting|got|been|is|becomes|became|turns|turned|can get|can be|was) "
     r"(really |so |very |quite |more |extremely )?(violent|abusive|physical with me|"
     r"handsy|aggressive with me)\b"
     r"|\b(abusive|violent|controlling|coercive) (relationship|partner|husband|boyfriend|"
     r"marriage|ex|wife|girlfriend|fiance|home)\b"
     r"|\b(im|i am|i think im|i think i am|i might be|experiencing|going through|suffering|"
     r"living with|living in|victim of|survivor of|escape|escaping|get out of|this is|its|it is|"
     r"is this|this counts as|this sounds like|i think its|i think this is|he is|hes|she is|shes|"
     r"been|relationship|suffered|suffer|in|from|about my|my) (\S+ ){0,2}(domestic|coercive) "
     r"(abuse|violence|control)\b"
     r"|\b(scared|afraid|terrified|frightened|worried) (that )?(im|i am|ill be|i will be|i|me|the "
     r"baby|the kids|were|we are|we|were going to be|im going to be) (next|going to be next)\b"
     r"(?! (to (get|catch|be ill|be sick|go down|come down)|for the (bug|virus|cold)|with the))"
     r"|\b(punched|punches|punching|kicked|kicks|smashed|smashes|hit|hits|threw|throws|"
     r"slammed|slams) (\S+ ){0,2}(the |a )?(wall|walls|door|doors) (\S+ ){0,5}(next to|"
     r"beside|behind|near|by|right by) my (head|face)\b"
     r"|\bnext time (it|itll|it will) (wont|will not|not) be the (wall|door)\b"
     r"|\b(throws|threw|throwing|thrown|chucks|chucked|hurls|hurled) (\S+ ){0,2}"
     r"(at me|at my head|at my face)\b"
     r"|\b(he|partner|husband|boyfriend|ex|she|wife|girlfriend) (\S+ ){0,2}(smashed|broke|"
     r"destroyed|threw) my (phone|keys|passport|glasses)\b(?! (screen lol|by accident|"
     r"accidentally|on the (bed|sofa|couch|side)|in a (huff|strop|sulk)|back to me))"
     r"|\b(took|takes|hid|hides|taken|hidden|keeps) my (phone|keys|passport|car keys|bank card|"
     r"purse) (away )?(so|and|because|then) (i|that i|now i) (cant|couldnt|can not|could not|wont|"
     r"cannot|have no)\b"
     r"|\b(bruises|bruise|marks|black eye|split lip) (\S+ ){0,6}(where|from where|because|"
     r"after) (he|she|they|my partner|my husband) (\S+ ){0,2}(grabbed|hit|punched|kicked|"
     r"pushed|squeezed|held|pinned|bit|slapped|choked|strangled)\b"),
    ("ab_take_baby_threat",
     r"\b(social services|the social|custody|courts|court) (\S+ ){0,3}(take|taking|took) "
     r"(her|him|the baby|my baby|them|the kids) (away )?(from me|off me|$)"
     r"(?! (if (i|we) (dont|do not) get help|for a check))"
     r"|\b(get|make|have|call|ring) (\S+ ){0,2}social services (to )?(take|on me|involved)"),
]

DISTRESS_RULES: list[tuple[str, str]] = [
    ("ds_not_coping",
     r"\b(not|cant|cannot|can not|couldnt|struggling to|unable to|barely|hardly|no longer) "
     r"(coping|cope|manage|managing|handle|handling|function|functioning|do this|take "
     r"this|take it|take any more|take much more|go on like this|carry on like this)\b"),
    ("ds_low",
     r"\b(so|really|very|feeling|feel|feels|felt|been|im|i am|quite|always|constantly|"
     r"extremely|just|everything feels|everything is|life feels|life is|its all) "
     r"(so |really |very |incredibly |all |a bit |quite )?(low|terrified|scared|frightened|"
     r"worried sick|on edge|down|depressed|sad|miserable|alone|lonely|"
     r"isolated|empty|numb|hopeless|worthless|useless|helpless|broken|lost|anxious|panicky|"
     r"overwhelmed|trapped|guilty|ashamed|flat|grey|awful|terrible|rubbish|crap|shit|"
     r"defeated|desperate|exhausted and|dead inside|like a failure|like a bad|like a "
     r"terrible|like an awful|like a useless|like im failing|like im drowning)\b"),
    ("ds_crying",
     r"\b(crying|cry|cried|sobbing|sob|tears|in tears) (all|every|constantly|non stop|"
     r"nonstop|most|so much|all the time|for hours|myself to sleep|at everything|"
     r"at nothing|for no reason)\b"),
    ("ds_bad_parent",
     r"\b(terrible|awful|bad|useless|rubbish|crap|shit|horrible|worst|failing|failure|"
     r"hopeless|unfit|not a good|not good enough|not a real|selfish) (mum|mom|mother|parent|"
     r"dad|father|mummy|daddy|as a mum|as a mother|as a parent|at this|at being a)\b"
     r"|\b(failing|failed|a failure|let down) (him|her|them|my baby|the baby|my son|my "
     r"daughter|as a)\b"),
    ("ds_no_bond",
     r"\b(dont|do not|didnt|cant|cannot|not|never|no longer) (feel|felt|feeling) (anything|"
     r"any love|love|a bond|bonded|connected|close|attached|like (his|her|their) (mum|mother|"
     r"dad|parent)|like a mum|like a mother)\b"
     r"|\bfeel (nothing|no love|no connection|no bond|disconnected|detached)\b"
     r"|\bregret (having|ever having|becoming|being a|getting pregnant|my baby|the baby)\b"
     r"|\b(havent|not|never|didnt|cant|struggling to) (bonded|bond|bonding)\b"),
    ("ds_named",
     r"\b(i|im|i think i|think i|maybe i|might|i might|i may|i feel like i|do i) (have|has|"
     r"having|got|getting|developed|developing|diagnosed with|been diagnosed with|am|suffering "
     r"from|struggling with|suffer from|deal with|dealing with)? ?(postnatal|postpartum|post "
     r"natal|post partum|perinatal|antenatal|pnd|ppd|pna|ptsd|birth trauma|depression|"
     r"depressed|anxiety|anxious|ocd|panic attacks)\b"),
    ("ds_helpline_ask",
     r"\b(helpline|hotline|help line|phone number|number|charity|charities|support line|refuge|"
     r"shelter) (for|about|to call for|to ring for|that helps with|in) (\S+ ){0,2}(domestic|abuse|"
     r"abused|violence|suicide|suicidal|mental health|crisis|psychosis)\b"
     r"|\b(domestic abuse|domestic violence|abuse|crisis|mental health|samaritans|refuge|"
     r"coercive control) (\S+ ){0,2}(helpline|hotline|help line|number|line|charity|service)\b"),
    ("ds_edge",
     r"\b(end of my (tether|rope|wits)|breaking point|at my limit|cant take much more|"
     r"running on empty|falling apart|at rock bottom|hit rock bottom|head above water|"
     r"drowning in (it all|everything|this)|sinking|going under|on my knees)\b"
     r"|\b(losing|lost) (my mind|it|the plot|control)\b"
     r"|\b(want|wish|need) (to )?(run away|escape|get away from (it all|everything)|"
     r"give up|my old life)\b|\bgive up on (everything|it all|myself)\b"
     r"|\bhate (my life|myself|my body|being a mum|being a mother|this|everything)\b"
     r"|\b(flashbacks|nightmares about the birth|intrusive thoughts|scary thoughts|"
     r"panic attack|panic attacks|panicking|panic)\b|\bi panic\b"
     r"|\bcant (stop|stop crying|stop worrying|sleep even when|breathe)\b"
     r"|\b(im|i am|i feel|feeling|i dont feel|i really am) (not|not really|so not) (ok|okay|"
     r"alright|coping|right|myself|well in myself)\b"
     r"|\b(not|dont|do not|havent) (feeling|feel|felt|been feeling) (like )?(myself|me|right|"
     r"ok|okay|good|great|well in myself)\b"
     r"|\b(no one|nobody|noone) (to talk to|understands|helps|cares|to help)\b"
     r"|\b(keep|keeps|cant stop|constantly|always|obsessively|compulsively) (checking|"
     r"worrying|panicking|imagining|thinking something|picturing)\b"
     r"|\b(terrified|scared|frightened|worry|worried|worrying|anxious|paranoid) (\S+ ){0,4}"
     r"(die|dies|sids|death|dying|something bad"
     r"|will happen|happens|will stop breathing)\b"
     r"|\b(angry|anger|rage|furious|frustrated|resentful|resent) (\S+ ){0,5}(cries|crying|"
     r"screams|screaming|baby|him|her|at (him|her|the baby))\b"
     r"|\b(walked|walk|step|stepped|stepping) away (for|from) (\S+ ){0,3}(minutes|minute|"
     r"while|bit)\b|\bwhen i feel (overwhelmed|angry|frustrated)\b"
     r"|\b(shout|shouting|shouted|snap|snapping|snapped|yell|yelled|yelling) at (my )?"
     r"(toddler|kids|partner|husband|children|everyone)\b"),
]

# Checked before the categories: a threat that hangs on what the parent does ("he said he'd
# hurt the baby if i go to my mums") is coercive abuse, though it names the baby. The abuse
# reply leads with the emergency number ("if you or your baby are in danger") and the
# domestic abuse line; a threat because the baby cries stays harm_to_baby (hb_threat_to_baby).
FIRST_RULES: list[tuple[Category, str, str]] = [
    # Voices commanding harm to the baby are psychosis (an emergency); to oneself, self-harm.
    (Category.PSYCHOSIS, "ps_command_voices",
     r"\b(voice|voices|god|the devil|satan|angels|someone|something|a man|a woman|my dead \S+)"
     r"( in my head)? (is |are |keeps |keep |kept )?(telling|tell|tells|told|ordering|orders|"
     r"commanding|commands|saying i (should|must|have to)) (me )?(to )?(hurt|harm|kill|drown|"
     r"smother|shake|hit|throw|stab|sacrifice|suffocate|get rid of|do things to|do something to) "
     r"(the baby|my baby|our baby|him|her|them|my son|my daughter|the kids|it)\b"),
    (Category.ABUSE, "ab_threat_if_i",
     r"\b(hell|he will|hed|he would|shell|she will|theyll|hes going to|shes going to|he is "
     r"going to|says hell|said hed|said he would|says he will|threatened to|threatens to) "
     r"(kill|hurt|harm|stab|beat|hit|strangle|batter|end|take|shake|smother|drown) "
     r"(me|us|the baby|my baby|our baby|the kids|him|her|them|my son|my daughter)"
     r"( away)? (\S+ ){0,6}(if|unless|when|the day) i (ever )?(leave|left|tell|told|report|call "
     r"the police|ring the police|go to the police|try to leave|break up|take the baby|take the "
     r"kids|go to my|go back to|go home to|see my|talk to anyone|tell anyone)\b"),
]

RULES_BY_CATEGORY: dict[Category, list[tuple[str, str]]] = {
    # Checked in this order; a message that fits two gets the first, so a baby in physical
    # danger or a parent afraid of harming the baby comes ahead of everything else.
    Category.BABY_EMERGENCY: BABY_EMERGENCY_RULES,
    Category.HARM_TO_BABY: HARM_TO_BABY_RULES,
    Category.SELF_HARM_SUICIDE: SELF_HARM_RULES,
    Category.PSYCHOSIS: PSYCHOSIS_RULES,
    Category.ABUSE: ABUSE_RULES,
    Category.DISTRESS: DISTRESS_RULES,
}

_PLAIN_GROUP = re.compile(r"(?<!\\)\((?!\?)")


def prepare(pattern: str) -> str:
    """Make plain groups non-capturing, and end every "not followed by" list on a word
    boundary (so "(?! (a|on))" does not also rule out "and")."""
    return _PLAIN_GROUP.sub("(?:", _whole_words_in_lookaheads(pattern))


_PATTERN_WORD = re.compile(r"(?<![\\a-z])[a-z]+")


def words_in_rules() -> frozenset[str]:
    """Every literal word the patterns mention (the normaliser prefers these spellings)."""
    patterns = [*IDIOMS, *(p for ps in IDIOMS_BY_CATEGORY.values() for p in ps)]
    patterns += [p for _, _, p in FIRST_RULES]
    patterns += [p for rules in RULES_BY_CATEGORY.values() for _, p in rules]
    return frozenset(word for p in patterns for word in _PATTERN_WORD.findall(p))


def _whole_words_in_lookaheads(pattern: str) -> str:
    out, i = [], 0
    while (start := pattern.find("(?!", i)) >= 0:
        end = _closing_paren(pattern, start)
        out.append(pattern[i:start] + "(?!(?:" + pattern[start + 3:end] + r")\b)")
        i = end + 1
    return "".join(out) + pattern[i:]


def _closing_paren(pattern: str, open_at: int) -> int:
    depth, escaped = 0, False
    for index in range(open_at, len(pattern)):
        char = pattern[index]
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
    raise ValueError("unbalanced pattern")



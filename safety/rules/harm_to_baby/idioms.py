"""Read by harm to the baby only: the baby's own movements, fear of an accident, anger with no
harm, prevention, questions about such thoughts, and affection, blanked out before the harm to
the baby families read a message."""

from safety.rules.shared import HARM_VERB, verb_forms

# Read by this category only: the baby's own kicks are not harm, but they still count when
# the baby falls or bangs its head (a baby emergency).
OWN_MOVES = verb_forms("shake", "kick", "wave", "scratch", "pull", "grab", "bite", "suck", "rub",
                       "touch", "push", "press", "bury", "nuzzle", "hit", "bang", "bump",
                       "knock")

HARM_TO_BABY_IDIOMS: tuple[str, ...] = (
    # The baby's own movements: subject and possessive agree ("she shook her head").
    r"\b(she|shes|she s|the baby|baby|my baby|it|lo|my daughter|daughter) (\S+ (and|then) )?"
    r"((just|then|always|keeps|kept|happily|loves to|likes to|wont stop|cant stop|started|"
    r"starts|was|is|s|been) ){0,2}" + OWN_MOVES + " "
    r"(her|its|their) (own )?(head|legs|leg|arms|arm|hands|hand|feet|foot|fists|fist|face|ear|"
    r"ears|cheek|cheeks|tummy|body|toes|hair|nose|mouth|fingers|rattle|toy|toys)\b",
    r"\b(he|hes|he s|the baby|baby|my baby|it|lo|my son|son) (\S+ (and|then) )?"
    r"((just|then|always|keeps|kept|happily|loves to|likes to|wont stop|cant stop|started|"
    r"starts|was|is|s|been) ){0,2}" + OWN_MOVES + " "
    r"(his|its|their) (own )?(head|legs|leg|arms|arm|hands|hand|feet|foot|fists|fist|face|ear|"
    r"ears|cheek|cheeks|tummy|body|toes|hair|nose|mouth|fingers|rattle|toy|toys)\b",
    r"\b(shook|shakes|shaking|shake) (his|her|their) head\b",
    # Fear of an accident ("terrified of dropping him down the stairs") is distress.
    r"\b(scared|terrified|afraid|worried|frightened|fear|fearful|anxious|nervous|paranoid|"
    r"panic|panicking) (\S+ ){0,2}(of|about|that i will|that ill|ill|i will|i might|i ll|im "
    r"going to) (accidentally )?(dropping|drop|falling|fall|tripping|trip|slipping|slip)"
    r"( (?!(purpose|deliberately|want|wanted|wanting|urge|urges|mean|meant)\b)\S+){0,8}",
    r"\bshaken baby syndrome\b",
    # "i'd never hurt her" said about anger with no harm is distress; a "but i want to" after
    # it keeps the whole message read.
    r"\b(i|id|ive|i would|i have|i will|ill|i d|i ve) (never|not ever|never ever|wouldnt ever) "
    r"(ever )?(\S+ )?" + verb_forms("hurt", "harm", "hit", "shake", "smack")
    + r" (him|her|them|the baby|my baby)\b(?!( \S+){0,4} but (i|im) (want|wanted|feel like|"
    r"could|think|keep|have thought|picture|imagine|nearly|almost|did|do|am|really|sometimes)\b)",
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
)

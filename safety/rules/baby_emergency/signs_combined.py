"""Emergencies described by their signs, without the topic word (second round): signs that
matter together or in a particular baby.

Covers a neck or limb not moving after a fall, poison or burns, fever with a rash or floppiness,
gut signs (green or bloody vomit, a swollen tummy), US wording ("call 911"), a long fit, a knock
on the head with vomiting or drowsiness, throat or tongue swelling, glass or a wedged object,
sepsis signs, heatstroke, the aftermath of going under water, an ambulance called.
Borderline: a bump with the baby "big lump but fine", a quick splutter in the bath and the baby
well again are stories.
"""

from safety.rules.baby_emergency.terms import RECOVERED
from safety.rules.family import Examples

RULES: list[tuple[str, str]] = [
    ("be_neck_fall_poison_burn",
     r"\b(neck is stiff|stiff neck|neck (is )?(really |very )?(stiff|rigid))\b( \S+){0,8} "
     r"(scream|screaming|screams|cry|crying|high pitched|floppy|rash|fever|temp|temperature|"
     r"burning up|vomiting|drowsy)\b"
     r"|\b(scream|screaming|cry|crying|high pitched|floppy|rash|fever|temp|temperature|burning up|"
     r"vomiting|drowsy)\b( \S+){0,8} (neck is stiff|stiff neck|neck (is )?(really |very )?(stiff|"
     r"rigid))\b"
     r"|\b(high pitched|strange|weird|unusual|odd|shrill) (scream|cry|screaming|crying|wail) "
     r"(\S+ ){0,4}(never heard|not heard|havent heard)\b"
     r"|\b(landed|landing|lands) (\S+ ){0,2}on (his|her|their) (head|face)\b"
     r"|\b(fell|fall|fallen|dropped|banged|bumped|knocked|hit|landed|rolled off)( \S+){0,12} "
     r"(quiet and pale|pale and quiet|gone quiet|very quiet|really quiet|so quiet|gone pale|very "
     r"pale|really pale|not (himself|herself))\b"
     r"|\b(drank|drunk|drinking|swallowed|got into|ate) (\S+ ){0,4}(calpol|nurofen|piriton|cough "
     r"syrup|cough medicine|iron tablets|vitamins|ibuprofen|medicine)\b( \S+){0,6} (most of it"
     r"|half "
     r"of it|the whole|all of it|the bottle is empty|bottle (is )?empty|gone|missing)\b"
     r"|\b(hot tea|hot coffee|tea|coffee|boiling water|kettle|hot water|hot drink|hot oil|the iron|"
     r"soup|hot bath)( \S+){0,8} (onto|on|over|all over|against|down) (herself|himself|him|her|his|"
     r"their)\b( \S+){0,8} (blister|blisters|blistering|blistered|red raw|peeling|screaming|burnt|"
     r"burned|scalded)\b"
     r"|\b(his|her|their|the babys|babys) (skin|chest|arm|arms|hand|hands|leg|legs|face|tummy|"
     r"back|foot|feet) (is |are |s )?"
     r"(blistering|blistered|covered in blisters)\b"
     r"|\b(stopped|has stopped|isnt|is not|not) (responding|reacting) to (me|anything|us|my voice|"
     r"touch)\b"
     r"|\beyes (are )?open but (hes|shes|he s|she s|he is|she is|not|isnt|doesnt|wont|theres "
     r"nothing|nobody)\b"),
    ("be_seizure_gut_fever_airway",
     r"\b(hasnt|has not|not|hes not|shes not|havent|he hasnt|she hasnt) breathed\b"
     r"|\beyes (go|goes|going|went|gone|are|keep going) (blank|vacant|glazed"
     r"|empty) (\S+ ){0,4}(for "
     r"(a few|several|\d+) (seconds|secs)|at a time|and (doesnt|wont|isnt|she doesnt|he doesnt) "
     r"respond|jerk\S*|twitch\S*|not responding|unresponsive)\b"
     r"|\b(tummy|belly|abdomen|stomach) (is |s |feels |looks )?(rock hard|hard and swollen|"
     r"swollen and hard|distended|really swollen and|bloated and hard)\b( \S+){0,8} (vomit\S*"
     r"|being "
     r"sick|screaming|green|blood|wont feed|floppy|grey)\b" + RECOVERED +
     r"|\b(fever|temperature|temp) (of |is |at |was |reading )?(39|40"
     r"|41)( \d)?\b( \S+){0,6} (and )?"
     r"(a )?(rash|spots|blotches)\b(?!( \S+){0,4} (at the injection|where the|from the jab))"
     + RECOVERED +
     r"|\b(\d+|one|two|three|four|five) months? (old )?(\S+ ){0,4}(fever|temp|temperature) (of "
     r"|is |"
     r"at |was )?(39|40|41)\b"
     r"|\b(she|he|baby|they|shes|hes|the baby)( \S+){0,4} (cant|can not|cannot|struggling to|"
     r"unable to) get (any |enough )?(air|breath) (in|into)\b"),
    ("be_cold_fall_rash",
     r"\bcold to (the )?touch\b( \S+){0,8} (blue|shaking|floppy|mottled|pale|grey|wont wake|limp)\b"
     r"|\b(blue|shaking|floppy|mottled|grey|limp)( \S+){0,8} cold to (the )?touch\b"
     r"|(?<!nearly )(?<!almost )\b(fell|fallen|tumbled|rolled"
     r"|went) down (the )?(whole )?(flight of "
     r")?(stairs|steps)\b" + RECOVERED +
     r"|\brash (that )?(looks|look|looked|like) (like )?(bruises|bruising|pinpricks|blood spots|"
     r"purple)\b"),
    ("be_fall_and_gut",
     r"\b(fell|dropped|slipped|tumbled) (out of|from|off) (the |my |his |her )?(sling|carrier|pram|"
     r"buggy|high chair|highchair|changing table|bed|sofa|arms|bouncer|cot|window|balcony|car seat|"
     r"shopping trolley|trolley|worktop|counter) (\S+ ){0,3}(onto|on) (the )?(concrete|tiles|"
     r"tiled floor|floor|pavement|stone|hard floor|ground|road|patio)\b" + RECOVERED +
     r"|\bredcurrant jelly (poo|stool|stools|nappy)\b"
     r"|\bblood in (his|her|their|the) (nappy|poo|stool|stools)\b( \S+){0,8} (screaming|pulling "
     r"(his|her) legs up|vomiting|floppy|pale|grey|drawing (his|her) knees)\b"),
    ("be_us_wording",
     r"\b(day|days|week|weeks|wk|wks|month|months) old (\S+ ){0,6}(fever|temp|temperature) (of "
     r"|is |"
     r"at |was |reading )?(100 [4-9]|10[1-5])\b"
     r"|\b(diaper|diapers|nappy|nappies) (has |have )?(been |is |was )?dry (for|since|in|all) "
     r"(\S+ ){0,2}(([6-9]|[1-9]\d) (hours|hrs)|day|yesterday|last night|this morning|ages)\b"
     r"|\bfound (him|her|them|the baby|my baby) face down\b(?! (asleep )?on (my|his|her|your"
     r"|daddys|"
     r"the) (chest|tummy|lap|arm|shoulder))"),
    ("be_prolonged_fit_or_bleed",
     r"\b(fit|seizure|convulsion|jerking|shaking|twitching) (has been |is |s |has )?(going on|"
     r"lasting|lasted|still going|been going) (for )?(over |more than |about |nearly )?(\d+|five|"
     r"ten|a few|several) (minutes|mins)\b"
     r"|\b(his|her|their|the babys|babys|he|she|baby|hes|shes)( \S+){0,3} (bleeding|bled|bleed) "
     r"(for|over) (\d\d|twenty|thirty|forty|fifty|half an hour|an hour|over an hour) ?(minutes"
     r"|mins)?"
     r"\b"
     r"|\b(not sweating|stopped sweating|hot and dry|red and dry|dry and hot)\b"
     r"|\b(was|got|been|being) (pulled|fished|lifted|dragged) out of (the )?(bath|pool|pond|water|"
     r"river|sea|lake|canal)\b( \S+){0,10} (coughing|coughed|spluttering|sleepy|drowsy|lethargic|"
     r"floppy|pale|blue|vomiting|breathing)\b" + RECOVERED),
    ("be_ill_and_drowsy",
     r"\b(vomiting|been sick|being sick|diarrhoea|diarrhea|not feeding)\b( \S+){0,8} (really |very "
     r"|so )?(drowsy|lethargic|floppy|unresponsive|grey|mottled)\b" + RECOVERED +
     r"|\b(inhaled|breathed in|choked on|swallowed) (\S+ ){0,4}(popcorn|nut|nuts|peanut|grape|food|"
     r"piece|bit|crisp|sweet)\b( \S+){0,8} (wheez\S*|struggling|cant breathe|gasping|coughing and)"
     r"\b" + RECOVERED +
     r"|\b(fell|dropped|tumbled|slipped|fallen) (\S+ ){0,6}(onto|on) (his|her|their) (head|face)\b"
     + RECOVERED),
    ("be_scald",
     r"\b(kettle|boiling water|hot water|hot tea|hot coffee|hot oil|pan"
     r"|hot drink)( \S+){0,8} (over|"
     r"onto|on|down) (his|her|their) (arm|arms|hand|hands|leg|legs|chest|face|body|head|back|foot|"
     r"feet|tummy)\b" + RECOVERED),
    ("be_breathing_pauses_or_object",
     r"\bbreathing (keeps |is )?(stopping and starting|starting and stopping"
     r"|stop start)\b( \S+){0,6} "
     r"(pale|blue|grey|floppy|limp|not|wont)\b"
     r"|\b(stuck|put|pushed) (a |an |the )?(\S+ )?(up |in |into )(his|her|their) (nose|ear|ears|"
     r"nostril)\b( \S+){0,8} (struggling|cant breathe|breathing|bleeding|screaming)\b"),
    ("be_one_side_heat_bleed",
     r"\b(arm|leg|arm and leg|face|hand|body) (on|down) one side\b( \S+){0,4} (jerking|twitching|"
     r"shaking|stiff|jerks|twitches)\b"
     r"|\b(heat|hot|sun|sunshine|heatwave)\b( \S+){0,8} (really |very |so )?(?<!a bit )(?<!bit )"
     r"(?<!little )(lethargic|floppy|limp|drowsy|unresponsive)\b(?!( \S+){0,6} (perked up|drank"
     r"|fine "
     r"now|better now)\b)" + RECOVERED +
     r"|\b(cut|wound|blood|bleeding|gash)\b( \S+){0,6} (spurting|pumping out|gushing"
     r"|pouring out)\b"),
    ("be_blood_in_wee",
     r"\bblood in (his|her|their|the) (wee|urine|pee)\b( \S+){0,8} (fever|temp|temperature|floppy|"
     r"screaming|vomiting|wont stop crying|burning up)\b"),
    ("be_knock_on_head",
     r"\b(knock|bump|bang|blow|whack) (on|to) (the|his|her|their) head\b( \S+){0,10} (sick"
     r"|vomit\S*|"
     r"sleepy|drowsy|floppy|not himself|not herself|confused|unconscious)\b" + RECOVERED),
    ("be_colour_throat_swelling",
     r"\b(sucking|sucks|pulling|pulls|caving) in (at|under|around) (his|her|their|the) (throat"
     r"|neck)"
     r"\b"
     r"|\b(he|she|baby|hes|shes|he s|she s|my baby|the baby|his face|her face|his lips|her lips"
     r"|his "
     r"skin|her skin|lips|face|skin)( \S+){0,2} (gone|went|going|turned|turning) (a )?(funny|weird|"
     r"strange|odd|horrible) colour\b( \S+){0,8}"
     r" (sleepy|floppy|limp|quiet|not|wont|pale|breathing)\b"
     r"|\b(head|forehead|skull) (has )?(swelled|swollen|swelling|swelled up"
     r"|puffed up)\b( \S+){0,8} "
     r"(fell|fall|dropped|bump|bumped|banged|hit)\b"
     r"|\b(fell|fall|dropped|bump|bumped|banged|hit)\b( \S+){0,8} (head|forehead|skull) (has )?"
     r"(swelled|swollen|swelling|swelled up|puffed up)\b"),
    ("be_limb_and_tongue",
     r"\b(not|isnt|wont|stopped) (moving|using) (his|her|their) (arm|leg|hand)\b( \S+){0,8} (fell|"
     r"fall|swelling|swollen|screams|cries|pulled|yanked|bent)\b"
     r"|\b(fell|fall|pulled|yanked)( \S+){0,8} (not|isnt|wont|stopped) (moving|using) (his|her"
     r"|their)"
     r" (arm|leg|hand)\b"
     r"|\b(tongue|throat) (is |s )?(swollen|swelling)\b( \S+){0,6} (cant|can not|wont"
     r"|struggling to)"
     r" (swallow|breathe)\b"
     r"|\b(one side of (his|her|their) body|(his|her) (arm|leg) on one side) (is |s |went |gone )?"
     r"(floppy|limp|weak|not moving)\b"),
    ("be_glass_and_wedged",
     r"\b(glass|broken glass|a blade|a razor|a pin|a needle) in (his|her|their) (mouth|throat)\b"
     r"|\b(stuck|wedged|trapped) face down\b"
     r"|\b(rolled|slipped|wedged|stuck|trapped) (into|in|between) (the )?(gap|space) (between|by|"
     r"next to|behind) (the )?(wall|mattress|bed|cot|sofa)\b( \S+){0,6} (stuck|trapped|face down|"
     r"not breathing|blue|couldnt breathe|cant breathe)\b"),
    ("be_arm_held_funny",
     r"\b(holding|holds|held) (his|her|their) (arm|leg) (funny|strangely|weird|oddly|stiffly|still)"
     r"\b(?!( \S+){0,8} (lol|haha|fine now|then fine|when (she|he) sleeps|asleep|sleeping)\b)"),
    ("be_sepsis_signs",
     r"\b(temperature|temp|fever|burning up|feverish)\b( \S+){0,10} (cold|freezing|icy|ice cold) "
     r"(hands|feet|hands and feet)\b"
     r"|\b(hands and feet|hands|feet) (are |feel |s |r )?(freezing|ice cold|icy|so cold|really "
     r"cold)\b( \S+){0,8} (temperature|temp|fever|burning up|moaning|floppy|mottled|grey|wont "
     r"feed)\b"
     r"|\b(moaning|whimpering|weak cry|high pitched cry|shrill cry|high pitched scream|"
     r"constant moan)\b( \S+){0,8} (temperature|temp|fever|floppy|pale|grey|mottled|wont feed|"
     r"not feeding|sleepy|drowsy|burning up)\b"
     r"|\b(temperature|temp|fever|floppy|pale|grey|mottled|wont feed|not feeding|burning up)"
     r"( \S+){0,8} (moaning|whimpering|weak cry|high pitched cry|shrill cry|high pitched scream|"
     r"constant moan)\b"),
    ("be_head_injury_signs",
     r"\b(dent|dip|dint|squishy lump|soft lump|depression) (\S+ ){0,2}(in|on) (his|her|their|"
     r"the babys|babys) (head|skull|forehead)\b(?!( \S+){0,8} (since birth|from birth|from the "
     r"birth|is it normal|normal|fontanelle|soft spot|flat head|flat|from lying|lying|from "
     r"sleeping|sleeping|helmet|plagiocephaly|the way (he|she) (sleeps|lies)))"
     r"|\b(soft|squishy|squidgy|boggy|spongy|mushy) (\S+ )?(swelling|lump|bump|patch|bit|area) "
     r"(\S+ ){0,2}(on|in) (his|her|their|the) (head|skull)\b"
     r"|\b(lost consciousness|(was|went|knocked) out for (a few|a|\d+|a couple of) (seconds|"
     r"second|secs|moment|moments))\b"
     r"|\b(fell|fall|fallen|dropped|banged|bumped|knocked|hit) (\S+ ){0,12}(dazed|vomited|"
     r"sick twice|been sick|keeps vomiting|not himself|not herself|wont stop crying and|out cold|"
     r"blacked out|passed out)\b"),
    ("be_heat",
     r"\b(left|forgot|forgotten|locked|leaving|stuck) (\S+ ){0,3}(in|inside) (the |a )?(hot )?"
     r"car\b(?! (seat|park))( \S+){0,15} (hot|heat|sun|sunny|boiling|sweaty|sweating|red|floppy|"
     r"limp|drowsy|lethargic|for (an hour|hours|ages|\d+ (minutes|mins|hours))|windows|locked|"
     r"keys|wont wake|vomiting)\b"
     r"|\b(heatstroke|heat stroke|sunstroke|sun stroke)\b(?!( \S+){0,8} (prevent|avoid|signs|"
     r"symptoms|risk)\b)"),
    ("be_water_aftermath",
     r"\b(inhaled|breathed in|swallowed|swallowing|gulped|took in|got) (\S+ ){0,3}water\b"
     r"( \S+){0,14} (coughing|cough|spluttering|lethargic|drowsy|sleepy|breathing (fast|funny|"
     r"weird|strange|hard)|floppy|vomiting|not (himself|herself)|wheezing|pale)\b"
     r"|\b(head|face) (went |was |got |going )?(in|under) (the )?water\b( \S+){0,14} "
     r"(coughing|cough|spluttering|lethargic|drowsy|sleepy|breathing|floppy|vomiting|pale)\b"
     r"|\b(pulled|got|lifted|fished) (him|her|them|the baby) out of (the )?(bath|pool|pond|water)"
     r"\b( \S+){0,14} (coughing|cough|spluttering|lethargic|drowsy|sleepy|breathing|floppy|"
     r"vomiting|pale|blue|limp|not)\b"),
    ("be_ambulance",
     r"(?<!when to )(?<!when should i )(?<!when do i )(?<!when do you )(?<!when should you )"
     r"(?<!whether to )(?<!when would you )(?<!when you )"
     r"\b(call|calling|called|ring|ringing|rang) (an ambulance|999|911|000|112)\b"
     r"(?! (or|if|for what|when|how))"),
]

EXAMPLES = Examples(
    must_match=(
        "she's not moving her arm after she fell and it's swelling up",
        "his feet and hands are blue and hes shaking and cold to touch",
    ),
    must_not_match=(
        "he pulled himself up and banged his head on the coffee table, big lump but fine",
        "he rolled off the sofa onto the carpet but seems completely fine and is laughing, "
        "should i worry?",
    ),
)

"""A baby not breathing, struggling to breathe, blue or grey, limp, collapsed or not waking.

Covers the named signs: not breathing, doubt about breathing ("i dont think shes breathing"),
fast or laboured breathing with another sign, recession, colour, face down or found covered,
won't wake, limp, no pulse, a broken bone.
Borderline: worry that breathing might stop, periodic pauses and checking are ordinary (the
idioms); a sign followed by the baby already well again ("then fine", "she's warm now") is a
story (RECOVERED); limpness "but today he's back to normal" is a story; blue hands and feet and
"blue with cold" are not signs.
"""

from safety.rules.baby_emergency.terms import RECOVERED
from safety.rules.family import Examples

# Narrower than RECOVERED, for limpness: only a later time with the baby well again
# ("but today he's back to normal"); "i don't know if she's ok" is no recovery.
BACK_TO_NORMAL_SINCE = (
    r"(?!( \S+){0,12} (but|and) (today|now|this morning|since then|after that|by the evening|"
    r"an hour later|the next day) (hes|shes|he is|she is|he was|she was|seems|he seems|she "
    r"seems) (back to (normal|himself|herself|his usual|her usual)|totally fine|completely fine|"
    r"fine|okay|ok)\b)"
)

RULES: list[tuple[str, str]] = [
    ("be_not_breathing",
     r"(?<!until she )(?<!until he )(?<!till she )(?<!till he )(?<!until they )"
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
     r"breath|\b(ribs|chest|tummy|belly|neck|skin between (his|her) ribs) (\S+ ){0,3}(sucking"
     r"|sucks|"
     r"pulling|pulls|caving|sinking|going) in\b(?!( \S+){0,3} (when|while) (she|he|they) (cries|"
     r"cry|crying|screams|screaming|poos|strains))|\bbreathing (\S+ ){0,3}(laboured|labored|"
     r"rattly|strained|shallow|struggling|gasping|very fast and|weird and)"
     r"(?!( \S+){0,2} (when|while) (she|he|they) (sleeps|is asleep|s asleep|sleeping|feeds))"),
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
     r"totally|completely|dark|deep|light|pale|fingertips|fingernails|nails|tongue|gums|"
     r"gone|has gone|have gone|bit|more|and|lips|face|around|round|the|his|her|mouth)){0,3} "
     r"(blue|blueish|bluish|grey|gray|greyish|purple|dusky|mottled|ashen)\b"
     r"(?! (eyes|top|outfit|dress|babygro|hat|one|ones|sleepsuit|vest|socks|blanket|shirt|"
     r"jumper|coat|bottle|dummy|toy|ball|and white stripes|balloon|murder|eyed|eyes|eye)|"
     r" (from|with|when|while|after|in the face) (crying|screaming|straining|pooing|pushing|"
     r"coughing|the cold|cold|rage|anger|temper))" + RECOVERED),
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
     r"coughing|the cold|cold|rage|anger|temper))" + RECOVERED),
    ("be_limp",
     r"\b(limp|floppy|flopy|lifeless|unresponsive|unconscious|unrousable|not rousable|"
     r"not conscious|no pulse|no heartbeat|not moving|stopped moving|barely moving|"
     r"isnt moving|wont move|not responding|isnt responding|wont respond|doesnt respond|"
     r"not responsive)\b(?! to (his|her|their) name| much| a lot| around| about| in (his|her|"
     r"their) sleep| it\b| (his|her|their) (arm|leg|hand|foot))" + BACK_TO_NORMAL_SINCE),
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
]

EXAMPLES = Examples(
    must_match=(
        "i cant wake him. ive been trying for a minute. he just flops",
        "bubba went rigid and then floppy and now wont wake properly",
    ),
    must_not_match=(
        "her belly sucks in when she cries hard, then fine",
        "he's so still when he sleeps it freaks me out a bit but he's fine, is deep sleep normal",
    ),
)

"""A baby found in danger or not coming round, described without the topic word.

Covers a baby found blue or floating, not coming round after a fit, gasping, a choke not cleared
by back blows, hives with swelling, tablets or plants eaten, squashed in the parents' bed,
unresponsive, several worrying signs together.
Borderline: a splutter after swallowing bath water, lips "a bit blue in the cold pool, she's
warm now", a cough on puree and carrying on eating are stories, not emergencies.
"""

from safety.rules.baby_emergency.terms import RECOVERED
from safety.rules.family import Examples
from safety.rules.shared import CHOKE

RULES: list[tuple[str, str]] = [
    # Families below describe the emergency by its signs, not its name: found blue or
    # floating, not coming round, gasping, stuck after back blows, hives with swelling,
    # tablets or plants eaten, squashed in the parents' bed.
    ("be_found_in_danger",
     r"\bfound (him|her|them|(the|my|our) ((grand)?(baby|son|daughter)|newborn|little one|boy|"
     r"girl|twins?|\d+ (year|month|week) old|one year old)) (\S+ ){0,2}(blue|grey|gray|limp|"
     r"floppy|not breathing|unresponsive|lifeless|floating|face down in|under the water|cold "
     r"and|wedged|trapped|tangled|hanging|caught (in|between|under)|stuck (in|between|under))\b"
     r"(?! (sleepsuit|babygro|babygrow|vest|hat|dummy|blanket|toy|one|ones|top|socks|bottle|cup|"
     r"bag|muslin|outfit|shoes|car|ball|book|teddy|bunny|crayon|pen|lego|sock))"
     r"|\bfloating (face down|in the (bath|pool|pond|water|paddling pool))\b"
     r"|\b(isnt|is not|not|hasnt|has not|wont|still not|still isnt) (coming|come|came) "
     r"(round|around|to)\b(?! (to (see|visit|stay|the)|for|today|tomorrow|until|till|later)\b)"
     r"|\b(hes|shes|he is|she is|baby is|now|and|babys|theyre) (now )?(gasping|struggling for "
     r"breath|fighting for breath)\b(?! (for (a |some )?(drink|cuppa|tea|coffee|water)))"
     r"|\b(not|isnt|cant|cannot|hasnt|hasnt been able to|struggling to) (getting|get|got|"
     r"catching|catch|caught|get back) (his|her|their) breath( back)?\b"
     r"|\b(water|pool|bath|under|spluttering|coughing)\b( \S+){0,10} (and |but )?not (himself|"
     r"herself|right)\b" + RECOVERED),
    ("be_choking_unresolved",
     rf"\b({CHOKE}|choked on|choking on)( \S+){{0,12}} (still stuck|its stuck|still in (his|her) "
     r"(throat|mouth)|wont come out|cant get it out|cannot get it out|cant dislodge)\b" + RECOVERED
     +
     r"|\b(back blows|back slaps|chest thrusts)\b( \S+){0,8} (still stuck|not working|isnt "
     r"working|didnt work|wont come out|nothing|still (there|in|choking|not breathing|cant))\b"),
    ("be_allergic_signs",
     r"\b(hives|welts|blotches|rash|lumps)\b( \S+){0,10} (lips|lip|tongue|face|eyes|eyelids|"
     r"mouth) (are |is |s |have |has |gone |look |looks |went )?(gone )?(huge|massive|swollen|"
     r"puffy|puffed|puffing|swelling|doubled|blown up|fat)\b"
     r"|\b(lips|lip|tongue|face|eyes|eyelids|mouth) (are |is |s |have |has |gone |look |looks )?"
     r"(gone )?(huge|massive|swollen|puffy|swelling|doubled in size|blown up)\b( \S+){0,10} (hives|"
     r"welts|blotches|wheez\S*|cough\S*|sick|vomit\S*|breathing|floppy|peanut|egg|nut|nuts)\b"
     r"|\b(peanut|peanuts|nut|nuts|egg|eggs|sesame|milk|fish|shellfish|prawn|kiwi|food)\b"
     r"( \S+){0,10} (covered in|come out in|came out in|broken out in|broke out in) "
     r"(hives|welts|blotches|lumps)\b( \S+){0,8} (lips|tongue|face|eyes|breathing|wheez\S*|"
     r"cough\S*|swell\S*|sick|vomit\S*|floppy)\b"),
    ("be_ingested_signs",
     r"\b(empty|opened|open|chewed|ripped) (packet|bottle|box|blister|pack|strip|tub|sachet|pot) "
     r"(of )?(\S+ ){0,2}(tablets|pills|medicine|meds|capsules|paracetamol|ibuprofen|vitamins|"
     r"iron|pods|liquitabs)\b( \S+){0,12} (she|he|her|his|baby|the baby)\b"
     r"|\b(white|blue|green|pink|powdery) (bits|stuff|powder|residue|foam|marks|gunk) (round|"
     r"around|in|on) (his|her|their) (mouth|lips|tongue)\b"
     r"|\b(foxglove|berries|berry|mushroom|mushrooms|toadstool|toadstools|laburnum|yew|"
     r"nightshade|daffodil|plant|leaves|leaf|seeds)\b( \S+){0,12} (been sick|being sick|vomit\S*|"
     r"sleepy|drowsy|floppy|drooling|dribbling|twitch\S*|not himself|not herself|breathing)\b"
     + RECOVERED),
    ("be_unwell_combination",
     r"\b(grey|gray|blue|mottled|ashen|pale|white)( and \S+)? (and|with) (?!cold\b)(wheezing|"
     r"wheezy|grunting|gasping|floppy|limp|sleepy|drowsy|unresponsive|struggling|clammy|"
     r"lethargic|not feeding|not responding|wont feed|refusing feeds|sweaty|not waking)\b"
     r"(?!( \S+){0,3} (outfit|babygro|vest|top)\b)"
     + RECOVERED +
     r"|\b(wont|cant|will not|can not|cannot|isnt|not) (stay|staying|keep|keeping) awake\b"
     r"(?=.*\b(fell|fall|dropped|hit|banged|bumped|knocked|head|floor|rolled)\b)"
     r"|\b(fell|fall|dropped|hit|banged|bumped|knocked|rolled)\b(?=.*\b(wont|cant|will not|isnt|"
     r"not) (stay|staying|keep|keeping) awake\b)"
     r"|\b(swelling|lump|bump|egg|bruise)\b (\S+ ){0,2}(on|to) (the (side|back|top|front) of )?"
     r"(his|her|their) (head|skull)\b( \S+){0,10} (very pale|really pale|so pale|pale and|"
     r"crying weakly|weak cry|floppy|sleepy|drowsy|vomit\S*|been sick|not himself|not herself|"
     r"wont wake|hard to wake)\b" + RECOVERED +
     r"|\b(eyes|eye) (\S+ ){0,2}(glazed|glazed over|went glassy|glassy|rolled back|vacant|blank)"
     r"\b( \S+){0,8} (stopped|grey|blue|floppy|limp|not|twitch\S*|jerk\S*|wet (him|her)self)\b"
     r"|\b(stopped|grey|blue|floppy|limp|twitching|twitched|twitches|twitchy|jerking|jerked|"
     r"jerks|jerky) (\S+ ){0,8}(eyes|eye) (\S+ ){0,2}"
     r"(glazed|glazed over|went glassy|glassy|rolled back)\b"
     r"|\b(wet|weed|pooed|soiled) (him|her|them)self\b(?=.*\b(twitch\S*|jerk\S*|stiff|fitting|"
     r"shaking|eyes|flutter\S*|unresponsive|not responding)\b)"
     r"|\b(doesnt|does not|didnt|did not) (seem to )?(know|realise|notice|see|recognise) (im|i "
     r"am|we are|were|anyone is) (here|there)\b"
     r"|\b(eyelids|eyes) (are |keep |kept )?(fluttering|flickering)\b( \S+){0,6} (twitch\S*|"
     r"jerk\S*|stiff|wet|not responding|unresponsive|doesnt)\b"),
    ("be_overlay_and_water",
     r"\b(squashed|crushed|trapped|smothered|wedged|stuck) (under|beneath|between) (me|my|his|her|"
     r"our|the)( \S+){0,4}\b( \S+){0,12} (not moving|isnt moving|grey|blue|limp|floppy|gasping|"
     r"not breathing|wont wake|pale|cold|struggling|floppy)\b"
     r"|\b(slipped|slid|rolled|wedged) (down )?(between|under|behind) (me and|the) (the )?"
     r"(cushion|cushions|sofa|arm of|pillow|pillows|duvet|mattress)\b( \S+){0,8} (gasping|grey|"
     r"blue|limp|floppy|not breathing|not moving|struggling|wont wake)\b"
     r"|\b(he|she|they|the baby|baby) (was|went|had gone|got) under\b(?! the weather)( \S+){0,14} "
     r"(spluttering|spluttered|coughing|coughed|not right|not himself|not herself|sleepy|"
     r"floppy|limp|blue|grey|pale|vomit\S*|breathing)\b" + RECOVERED +
     r"|\b(pulled|got|lifted|fished|dragged) (him|her|them|the baby) out( of (the )?(\S+ )?(bath|"
     r"pool|pond|water|sea|river|lake|hot tub|paddling pool))?\b( \S+){0,12} (coughing|cough|"
     r"spluttering|spluttered|dazed|lethargic|drowsy|sleepy|floppy|vomiting|vomit\S*|pale|blue|"
     r"limp|grey|not right|not himself|not herself)\b" + RECOVERED),
    ("be_unresponsive_described",
     r"\b(not|isnt|wont|stopped|doesnt|is not|has stopped) (really |properly |even )?(responding|"
     r"reacting|respond|react) (to )?(me|us|anything|my voice|touch|being touched)\b(?! (when|"
     r"while|whilst) (hes|shes|he is|she is) (feeding|playing|watching|busy)\b)"
     r"|\b(went|gone|going|goes) (really |very |all |suddenly )?(quiet|still|blank|floppy) and "
     r"(stiff|rigid|floppy|limp|pale|grey|blue|vacant|blank)\b(?=( \S+){0,8} (wont|not|isnt|"
     r"doesnt|cant) (look|looking|respond|responding|focus|react|reacting|wake|breathing)\b)"
     r"|\b(fell|fallen|dropped|rolled|tumbled|slipped|banged|hit)\b( \S+){0,10} (isnt|is not|"
     r"wont|not|hasnt) (crying|making a sound|making any noise|moving)\b" + RECOVERED +
     r"|\b(feels|is|s|felt|was|gone|went) (ice cold|icy|freezing|stone cold|cold to (the )?touch|"
     r"cold and clammy) (and|but) (isnt|not|wont|hasnt|cant|is not) (waking|wake|feeding|moving|"
     r"responding|breathing|crying|warming up)\b"
     r"|\b(cord|string|strap|rope|lead|cable|wire|ribbon|belt|tie|chain) (from the \S+ |of the "
     r"\S+ )?(was |is |got |s |has got |had got )?(wrapped|caught|tangled|twisted|wound) (round|"
     r"around) (his|her|their) (neck|throat)\b(?!( \S+){0,8} (birth|born|labour|labor|"
     r"delivery|womb|umbilical|scan)\b)"
     r"|\b(button battery|battery|batteries|magnet|magnets|coin battery|coin|pill|tablet|"
     r"tablets|pod|liquitab|earring|screw) (\S+ ){0,4}(in|into) (his|her|their) mouth\b"
     r"( \S+){0,8} (cant find|cannot find|gone|missing|disappeared|swallowed|not sure where|"
     r"dont know where)\b"
     r"|\b(cant find|cannot find|missing) (the |a |one of the |one of my |one of his |one of "
     r"her )?(button battery|batteries|battery|magnet|magnets|pills|tablets|pod|liquitab)\b"
     r"(?=( \S+){0,12} (he|she|baby|mouth|swallow\S*|chew\S*)\b)"),
    ("be_signs_combined",
     # Two ordinary-sounding signs together that make an emergency.
     r"(?<!i )(?<!im )\b(cant|can not|cannot|struggling to|unable to) get (any |enough )?(air|"
     r"breath) (in|into|out)\b"
     r"|\b(breathing|breath|breathes|breathe)\b( \S+){0,8} (lips|face|tongue|mouth) (\S+ ){0,3}"
     r"(blue|grey|gray|purple|dusky|bluish|blueish)\b" + RECOVERED +
     r"|\b(breathes|breathing|breathe|breath) (in |out )?(\S+ ){0,6}(working (really |so |very |"
     r"extra )?hard|labouring|laboring|struggling)\b(?! (at|with|in) (work|school|the gym)\b)"
     r"|\b(whistling|wheezing|rattling|squeaking|honking|crackling|crowing) (noise |sound )?(when|"
     r"as|every time) (she|he|they|the baby) (breathes|breathe|breathing)\b( \S+){0,6} (working|"
     r"struggling|sucking|ribs|blue|grey|cant|gasping|hard)\b"
     r"|\b(screaming|pulling (his|her) legs up|drawing (his|her) knees up|drawing (his|her) legs "
     r"up)( \S+){0,10} blood in (his|her|their|the) (nappy|poo|stool|stools)\b"
     r"|\b(temperature|temp|fever) (of |is |at )?(39|40|41)( \S+){0,10} (hasnt|has not|not|no) "
     r"(weed|wee|peed|had a wee|wet nappy|wet nappies|wet)\b"
     r"|\b(hasnt|has not) (weed|peed|had a wee|had a wet nappy|done a wee) (all day|since (this "
     r"|last )?(morning|night|yesterday)|in (\d+|twelve|ten|eight|ages) (hours|hrs)|for (\d+|"
     r"twelve|ten|eight) (hours|hrs))\b"
     r"|\b(fell|fallen|falling|tumbled|climbed|toppled) (out of|from|through) (the|a|an|his|her|"
     r"our) (\S+ )?(window|balcony)\b" + RECOVERED +
     r"|\bskin (\S+ ){0,2}(bubbled|bubbling|bubbled up|blistered|blistering|peeled off|peeling "
     r"off)\b"
     r"|\b(vomiting|being sick|been sick|sick|diarrhoea|diarrhea)\b( \S+){0,10} (really quiet|"
     r"very quiet|so quiet|gone quiet|not himself|not herself)\b( \S+){0,6} (wont|not|isnt|"
     r"refusing to|cant) (take|taking|drink|drinking|keep|keeping|feed|feeding)\b"
     r"|\b(i think|think|scared|afraid|worried|terrified) (that )?(my baby|the baby|he|she|hes|"
     r"shes|my son|my daughter|baby) (is |s |might be |may be )?dead\b(?! (asleep|tired|to the "
     r"world|on (his|her) feet)\b)"
     r"|\b(hasnt|has not|not|havent|hadnt) (moved|stirred|made a sound|made a noise|made a "
     r"peep)\b( \S+){0,8} (cold|blue|grey|gray|not breathing|floppy|limp|stiff)\b" + RECOVERED),
]

EXAMPLES = Examples(
    must_match=(
        "its been 5 minutes of shaking and she still isnt coming round",
        "she choked on a grape and i did the back blows and it's still stuck",
    ),
    must_not_match=(
        "he swallowed some water in the bath and spluttered then was fine",
        "her lips went a bit blue in the cold pool, she's warm now",
    ),
)

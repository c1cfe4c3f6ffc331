"""Emergencies described by their signs, without the topic word (first round).

Covers bleeding that will not stop, a baby stuck and silent, colour described, a fit described
(eyes stuck to one side, jerking), a chest not moving, a blocked airway, barely breathing, a
jaundiced baby too sleepy to feed, unequal pupils, a fall into water, signs of an allergy or of
dehydration.
Borderline: newborn quirks (frothy raspberries, eyes rolling as they drift off, pupils wide in
the dark) and signs followed by the baby well again stay ordinary.
"""

from safety.rules.baby_emergency.terms import RECOVERED
from safety.rules.family import Examples

RULES: list[tuple[str, str]] = [
    # Situations described without the topic word (from messages written without the rules).
    ("be_bleeding_on",
     r"\b(nosebleed|nose bleed|bleed|bleeding|blood|cut|wound|stump)( \S+){0,4} (wont|will not|"
     r"doesnt|does not|isnt|hasnt|has not|not|cant get it to|cant make it) (stop|stopping|"
     r"stopped|slow|slowing|slowed)\b"
     r"|\b(bleeding|bleeds) (and bleeding|non stop|nonstop|for ages|through|everywhere)\b"
     r"|\b(bleeding|blood|bled)\b( \S+){0,8} (soaked|soaking|soaked through|bled through|"
     r"keeps coming)\b"),
    ("be_stuck_silent",
     r"\b(something|it|a \S+|the \S+|\S+ piece|a bit of \S+) (\S+ ){0,3}(in|into|stuck in|down|"
     r"caught in) (his|her|their|the babys|babys) (mouth|throat|windpipe)\b( \S+){0,14} "
     r"(no sound|not making (a|any) (sound|noise)|silent|cant get it out|cant breathe|not "
     r"breathing|going (red|blue|purple|grey)|turning (red|blue|purple|grey)|cant cry|cant cough|"
     r"wont come out|gagging and|not crying)\b"
     r"|\b(stuck|lodged|caught) in (his|her|their|the babys|babys) (throat|windpipe|airway)\b"
     r"|\b(clawing|clutching|scratching) at (his|her|their) (throat|neck)\b"
     r"|\b(no|not making (a|any)|cant make (a|any)|isnt making (a|any)) (sound|noise)\b( \S+){0,8} "
     r"(throat|mouth|red|blue|purple|gasping|clawing|choking|cant breathe)\b"
     r"|\b(throat|mouth|gone red|gone blue|going red|going blue|gasping|clawing"
     r"|choking)( \S+){0,8} "
     r"(no|not making (a|any)|cant make (a|any)|isnt making (a|any)) (sound|noise)\b"),
    ("be_colour_described",
     r"\b(blue|grey|gray|purple|dusky|white|ashen|blueish|bluish|greyish|grayish|purplish|"
     r"bluey|greyey)( \S+)? (colour|color|tinge|"
     r"tint|shade) (round|around|on|to|in|about) (his|her|their|the) (lips|mouth|face|skin)\b"
     r"|\b(lips|mouth|face) (\S+ ){0,3}(weird|funny|strange|odd|horrible|scary) (colour|color)\b"
     r"|\bnot (really|properly) moving\b"),
    ("be_seizure_described",
     r"\b(twitch|twitching|twitchy|twitches|jerk|jerking|jerky|jerks|jerked|shaking|shuddering|"
     r"stiffening|stiffened|going stiff|gone stiff|went stiff|trembling|spasming|spasms|"
     r"shaking)( \S+){0,4} ((down|on|along|all down) (his|her|their|the|one) ((left|right) )?side"
     r"|one side of (his|her|their) (body|face)|"
     r"(in|with) a (rhythm|rhythmic|pattern)|rhythmically|in rhythm|over and over|every few "
     r"seconds|for (a few|several|over|more than|about|\d+) (minutes|mins|min)|still happening|"
     r"wont stop|cant stop|and (his|her|their) eyes)\b"
     r"|\b(arms|legs|limbs|arm|leg|body|face|hand|hands|whole body|side of (his|her) face) "
     r"(\S+ ){0,3}(jerking|twitching|jerk|twitch|jerked|twitched|spasming|stiffening) "
     r"(\S+ ){0,4}(rhythm|rhythmic|rhythmically|isnt|wont|is not|doesnt|cant|unresponsive|not "
     r"responding|glazed|staring|wont stop|still|for (ages|minutes)|(\d+|two|three|four|five|ten|"
     r"a few|several) (minutes|mins|min))\b"
     r"|\beyes\b( \S+){0,4} (to|towards|off to|over to) (one|the) side\b(?=( \S+){0,10} (still|"
     r"happening|jerk\S*|twitch\S*|stiff|not responding|unresponsive|wont|minutes|mins)\b)"
     r"|\beyes (\S+ ){0,2}(stuck|fixed|locked) (looking )?(to|towards|off to) (one|the) side\b"
     r"|\beyes (are |keep |kept )?(flickering|fluttering|twitching|rolling|darting) (\S+ ){0,4}"
     r"(and|with) (his|her|their) (arm|arms|leg|legs|body|hand|hands|face) (\S+ ){0,2}(jerking|"
     r"twitching|shaking|stiff|stiffening)\b"),
    ("be_chest_not_moving",
     r"\b(chest|tummy|belly) (\S+ ){0,2}(isnt|is not|not|wasnt|stopped|has stopped|stops|"
     r"doesnt|wont) (going|go|moving|move|rising|rise) (up and down|up|anymore|at all|$)"
     r"|\bwent (\S+ ){0,2}still (and|but) (\S+ ){0,3}(chest|not breathing|breathing|cold|blue|"
     r"grey|floppy|limp|pale)\b"),
    ("be_airway",
     r"\b(drooling|dribbling) (\S+ ){0,4}(cant|can not|cannot|wont|unable to|not able to) "
     r"swallow\b|\b(cant|cannot|unable to) swallow (\S+ ){0,4}(drooling|dribbling)\b"
     r"|\bstridor\b"
     r"|\b(high pitched|squeaky|whistling|crowing|harsh) (noise|sound|squeak|whistle|rasp) "
     r"(\S+ ){0,2}(when|on|as|every) (\S+ ){0,2}(breath|breathes|breathing)\b(?!( \S+){0,6} "
     r"(asleep|sleeping|in (his|her) sleep|normal))"
     r"|\b(sit|sitting|sat|sits) (up )?(and )?(leaning|leant|leans|lean) forward\b"),
    ("be_barely_breathing",
     r"\bbreathing (\S+ ){0,2}but (only|barely) just\b|\bonly just breathing\b"
     r"|\bface down (\S+ ){0,6}(felt|feels|was|is) (cold|icy|ice cold|freezing)\b"),
    ("be_jaundice_sleepy",
     r"\b(yellow|jaundiced|jaundice)\b( \S+){0,14} (wont wake|not waking|hard to wake|cant wake|"
     r"sleeps and sleeps|not feeding|wont feed|floppy|lethargic|too sleepy to feed|white poo|"
     r"hasnt fed|not fed|hasnt had a feed|hasnt eaten|not had a feed|"
     r"pale poo|chalky)\b"
     r"|\b(hasnt|has not|not|havent|hasn t) (fed|eaten|had a feed|had a bottle|had any milk|fed "
     r"properly) (in|for|since) (\d+|six|seven|eight|nine|ten|twelve|over|more than) (\S+ )?(hours|"
     r"hrs)\b( \S+){0,10} (sleepy|wont wake|floppy|yellow|lethargic|hard to wake|drowsy)\b"
     r"|\b(sleepy|wont wake|floppy|yellow|lethargic|hard to wake|drowsy)( \S+){0,8} (hasnt|has "
     r"not|not|havent) (fed|eaten|had a feed|had a bottle|had any milk) (in|for|since) (\d+|six|"
     r"seven|eight|nine|ten|twelve|over|more than) (\S+ )?(hours|hrs)\b"
     r"|\b(wont|will not|not|doesnt|cant get (him|her) to) (wake|waking) (up )?for (any )?"
     r"(feeds|feed|feeding)s? at all\b"),
    ("be_pupils_car_water_object",
     r"\b(one )?pupils? (is |are |look |looks |seems )?(much |a lot |way )?(bigger|larger|smaller|"
     r"different sizes?|uneven|unequal|dilated|fixed)\b(?!( \S+){0,6} (in the dark|dark room|at "
     r"night|photos?|flash|pictures?|is (that|this|it) normal)\b)"
     r"|\b(been|was|left|stuck) (\S+ ){0,2}in the (hot )?car (for|over) (\d+|ten|twenty|thirty|"
     r"forty|an|half an|ages|hours)\b( \S+){0,8} (forgot|forgotten|alone|on (his|her|their) own|by "
     r"(him|her)self|locked)\b"
     r"|\bunder (the )?water\b( \S+){0,14} (coughing|coughed|cough|spluttering|spluttered|"
     r"lethargic|drowsy|sleepy|floppy|vomiting|vomited|pale|blue|limp)\b" + RECOVERED +
     r"|\b(stuck|lodged)( \S+){0,8} (no|not making (a|any)|cant make (a|any)|isnt making (a|any)) "
     r"(sound|noise)\b"
     r"|\b(magnet|magnets|battery|batteries|button battery|coin|pill|tablet|tablets|pod|liquitab|"
     r"bleach|washing tablet|dishwasher tablet)\b( \S+){0,12} (swallowed|ate|eaten|swallow) (it|"
     r"them|one|some)\b"
     r"|\bgrunting( noise| sound)?( with| on| at)? (every|each) breath\b"),
    ("be_allergy_stiffness_bleed",
     r"\b(lips|lip|tongue|face|throat|mouth|eyes|eyelids) (\S+ ){0,2}(swelling|swollen|swelled|"
     r"puffing up|puffed up|blowing up)\b(?!( \S+){0,3} (from|after) (the )?(crying|teething|sleep|"
     r"sleeping|a bump|the bump|the fall|vaccination|jabs)|( \S+){0,2} (where|because) )"
     + RECOVERED +
     r"|\b(having|had|has|think (its|it is|this is|shes having|hes having)|is this) (an )?"
     r"(allergic reaction|anaphylaxis|anaphylactic)\b"
     r"|\bstung (in|on|inside) (the |his |her )?(mouth|throat|tongue|lip)\b"
     r"|\b(gone|going|went|is|s|has gone) (all )?(stiff|rigid) (and|then) (\S+ ){0,2}(jerking|"
     r"shaking|twitching|trembling|jerks|shakes)\b"
     r"|\b(stiff|rigid) and (jerking|shaking|twitching)\b"
     r"|\b(soft|squishy|squidgy|boggy|spongy|mushy) (\S+ )?(swelling|lump|bump|patch|bit|area) "
     r"(\S+ ){0,2}(on|in) the (back|side|top|front) of (his|her|their|the) (head|skull)\b"
     r"|\b(blood|bleeding)\b( \S+){0,8} (after|since) (he|she|they|the baby) (fell|fall|banged|"
     r"hit|bumped|was dropped|got dropped|rolled off)\b"
     r"|\b(soft spot|fontanelle|fontanel) (is |looks |s |seems |feels )?(bulging|bulgy|raised|"
     r"swollen|tense|puffed up|sticking out)\b"
     r"|\b(foaming|frothing) (at|from) (the|his|her|their) mouth\b(?!( \S+){0,6} (cute|"
     r"raspberr\S*|bubbles|lol|haha|blowing))"
     r"|\b(left|forgotten|forgot) (\S+ ){0,3}in the (hot )?car\b( \S+){0,12} (hottest|heatwave|"
     r"warm|summer|sunshine|sweltering)\b"),
    ("be_fell_in_water",
     r"\b(fell|fallen|slipped|went|toppled|tumbled) (in|into) (the )?(pond|pool|bath|river|sea|"
     r"lake|canal|water|paddling pool|hot tub)\b( \S+){0,14} (coughing|coughed|cough|spluttering|"
     r"lethargic|drowsy|sleepy|floppy|vomiting|vomited|pale|blue|limp|breathing)\b" + RECOVERED),
    ("be_dehydration_signs",
     r"\b(eyes) (look |are |seem |have gone |gone |s )?(really |very |a bit )?(sunken|sunk"
     r"|hollow)\b(?!( \S+){0,4} (tired|sleepy|asleep)\b)"
     r"|\bsunken eyes\b(?!( \S+){0,4} (tired|sleepy|asleep)\b)"),
]

EXAMPLES = Examples(
    must_match=(
        "her eyes are stuck looking to one side and her arm is jerking",
        "he's got a piece of apple stuck and he's not making any noise",
    ),
    must_not_match=(
        "he was drooling and frothing at the mouth with bubbles, so cute he's learning to "
        "blow raspberries",
        "his pupils are dilated in the dark room, is that normal",
    ),
)

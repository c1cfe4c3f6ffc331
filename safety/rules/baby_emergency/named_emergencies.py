"""Named emergencies: seizure, choking, head injury, something swallowed, fever in a newborn,
green vomit, dehydration, lethargy, bleeding, meningitis, burns, overlay, drowning.

Borderline: a question about the topic ("what does a febrile seizure look like", "choking vs
gagging", first aid for choking) is ordinary; a choking or drowning baby is always a baby
emergency, never harm to the baby; a seizure in someone else's baby or long ago is background to
a question; a sign followed by recovery is a story (RECOVERED).
"""

from safety.rules.baby_emergency.terms import RECOVERED
from safety.rules.family import Examples
from safety.rules.shared import CHOKE

RULES: list[tuple[str, str]] = [
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
     r"\b(hes|shes|he is|she is|baby is|babys|its|it is|theyre|they are|is|keeps|started|now|be|"
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
     r"(vomiting|vomit|vomited|threw up|thrown up|throwing up|puked|being sick|keeps being sick|"
     r"been sick|drowsy|sleepy|floppy|flopy|lump|"
     r"bulge|dent|pupil|pupils|keeps falling asleep|keep falling asleep|crying weird|weird cry"
     r"|strange cry|high pitched cry|bleeding|"
     r"(?<!bit of )(?<!spot of )(?<!drop of )(?<!speck of )(?<!spots of )"
     r"(?<!tiny )(?<!little )(?<!trace of )blood|not crying|hasnt cried|didnt cry|staring|dazed|"
     r"wont wake|unconscious|fluid|cant keep (his|her) eyes open|confused|knocked out)\b"
     + RECOVERED +
     r"|\b(vomiting|drowsy|floppy|flopy|unconscious|cant keep (his|her) eyes open|wont wake|"
     r"dazed|knocked out) (\S+ ){0,10}(fell|fall|banged|bumped|knocked|hit (his|her) head|"
     r"dropped)\b"
     r"|\b(blood|fluid|bleeding|leaking|coming) (\S+ ){0,2}(out of|from) (his|her|their|the "
     r"babys|babys) (ear|ears)\b"),
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
     r"cigarette|cigarettes|e cig|lighter fluid|perfume|nail varnish|essential oil|oils|penny|"
     r"pennies|earring|safety pin|pin|nail|screw|marble|"
     r"vitamins|iron tablets|cannabis|weed|edibles|drugs|washing tablets|dishwasher tablets|"
     r"antidepressants|sertraline|sleeping pills|painkillers|codeine|co codamol|diazepam|"
     r"white spirit|anti freeze|mouthwash|hand sanitiser|sanitiser)\b(?!( \S+){0,3} (fine|ok|"
     r"okay|without|no problem|easily|at last|finally|this time|no bother)\b)"),
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
     r"\bskin (is |was |has )?(coming|peeling|falling|come|came) (off|away)\b(?! a (bit|little)|"
     r"( \S+){0,4} (plaster|sticker|tape|nappy)\b)|\b(burn|burnt|burned|"
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
]

EXAMPLES = Examples(
    must_match=(
        "dry nappies for 12 hours and sunken fontanelle and so sleepy",
        "she seems to be choking on something but i cant see anything",
    ),
    must_not_match=(
        "she choked a bit on her milk then coughed and was totally fine, is the teat too fast?",
        "he rolled off the sofa onto the carpet but seems completely fine and is laughing, "
        "should i worry?",
    ),
)

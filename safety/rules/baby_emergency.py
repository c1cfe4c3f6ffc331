"""Baby emergency: a baby who may need an ambulance now (not breathing, choking, blue, limp,
fitting, badly hurt, swallowed something, very ill)."""

from safety.rules.shared import CHOKE

# Said after a worrying sign, the baby is already well again ("seems totally fine", "she's
# warm now"): a story, not an emergency. A later sign still matches on its own.
RECOVERED = (
    r"(?!( \S+){0,10} ((then |but |and |now )?(shes|hes|she is|he is|seems|seemed|is|was|s|she "
    r"seems|he seems|she was|he was|she s|he s) (now )?(totally |completely |absolutely |"
    r"perfectly |all |back to )?(fine|ok|okay|happy|alright|grand|normal|warm|pink)|(but|and) "
    r"(totally |completely |otherwise |seems )?(fine|ok|okay|happy|alright))\b)"
)

# Narrower than RECOVERED, for limpness: only a later time with the baby well again
# ("but today he's back to normal"); "i don't know if she's ok" is no recovery.
BACK_TO_NORMAL_SINCE = (
    r"(?!( \S+){0,12} (but|and) (today|now|this morning|since then|after that|by the evening|"
    r"an hour later|the next day) (hes|shes|he is|she is|he was|she was|seems|he seems|she "
    r"seems) (back to (normal|himself|herself|his usual|her usual)|totally fine|completely fine|"
    r"fine|okay|ok)\b)"
)

# (rule id, pattern). The first rule to match names the result.
BABY_EMERGENCY_RULES: list[tuple[str, str]] = [
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

"""Self-harm and suicide: the parent's own thoughts of dying, plans, means or goodbyes, and
someone close threatening to kill themselves."""

from safety.rules.shared import INTENT, NOT_A_METHOD, NOT_ME, SELF, verb_forms

# Read by this category only.
SELF_HARM_IDIOMS: tuple[str, ...] = (
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
)

# What the others would gain, in "if i wasnt here they could ...".
THINGS_GET_BETTER = (
    r"(get (someone|a new|another|a better|a proper|a real|on with)|find (someone|a new|another|"
    r"a better)|have (someone|a new|another|a better|a proper|a real|a normal|a happy)|be "
    r"(happier|better|fine|okay|ok|free|safe|safer|loved)|move on|start again|marry|cope|manage|"
    r"have a (mum|mother|dad|father|parent|mummy|family) (who|that)|grow up (happy|happier|"
    r"better|without|with someone|with a))\b"
)

# (rule id, pattern). The first rule to match names the result.
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
     r"|\b(hidden|hid|stashed|hiding|stashing) (\S+ ){0,2}(pills|tablets|meds|paracetamol|"
     r"painkillers) (\S+ ){0,2}where (he|my husband|my partner|no one|nobody|noone|they) (wont"
     r"|cant|"
     r"will not|can not|wouldnt) (find|see|look)\b"
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
     r"running) (my |the |our |his |her )?(car |van )?(off|into|in front of|over(?= (a |the |that "
     r"|an )?(cliff|edge))|of) (a |the |"
     r"that |an )?(cliff|bridge|wall|tree|river|lake|sea|lorry|truck|oncoming|traffic|train|"
     r"edge|bus|motorway)\b"),
    ("sh_going_to_place",
     r"\b(going|go|went|drive|driving|walk|walking|heading|head|off) (to|down to|up to|out to) "
     r"(the|a|that) (bridge(?! (club|game|night|party|class|lesson|group))|cliff|cliffs|railway|"
     r"tracks|train tracks|river|canal|sea|top floor|"
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
     r"if anything happens to me|in case im|in case i m|in case i dont|in case i wont"
     r"|when im not here|for when i die|after i die)\b"
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
    # Situations described without the topic words (from messages written without the rules).
    ("sh_hurting_body",
     r"\b(hitting|hit|banging|bang|banged|smashing|smashed|slamming|slammed|punching|punched|"
     r"bashing|bashed|knocking) my (own )?(head|face|fists?|hands?|knuckles) (against|into|on|off) "
     r"(the |a |my )?(\S+ )?(wall|walls|door|door frame|doorframe|frame|floor|table|mirror|"
     r"radiator|window|cupboard|counter|headboard)\b( \S+){0,6} (over and over|again and again|"
     r"repeatedly|until|till|til|to (make|stop|feel|shut|quiet)|so hard|and i cant stop)\b"
     r"|\b(i|ive|i ve|im|i have) (keep|been|started|cant stop|have an urge to|want to|keep on) "
     r"(hitting|banging|"
     r"smashing|slamming|punching|bashing) my (own )?(head|face)\b(?!( \S+){0,6} (lol|haha|ouch|"
     r"oops|clumsy)\b)(?! (on|against|into) (the |a )?(cot|mobile|cupboard|cupboards|shelf|car|"
     r"ceiling|beam|door frame|low)\b)"),
    ("sh_edge",
     r"\b(punch|punched|punching|hit|hitting|smash|smashed|smashing) (the |a )?(wall|walls|door|"
     r"mirror|doors) (\S+ ){0,3}(till|until|til) (my )?(knuckles|hands|hand|fist|fists) (bled|"
     r"bleed|bleeding|broke|were bleeding|split|cracked)\b"
     r"|\b(stand|standing|stood|sit|sitting|sat|wait|waiting|waited|lean|leaning|leant) (\S+ ){0,2}"
     r"(at|on|near|by|over) the (very )?edge (of )?(the )?(platform|bridge|cliff|cliffs|roof|"
     r"balcony|car park|multi storey|multistorey)\b"
     r"|\b(think|thinking|thought|urge|urges|tempted|imagine|imagining|want) (about |of |to )?"
     r"(just )?(turning|yanking|jerking|swerving|turn|yank|jerk|swerve) the (steering )?wheel\b"
     r"(?! (for|to park|to reverse))"),
    ("sh_means_ready",
     r"\b(checked|tested|tried|made sure) (if |that |whether )?(it|the rope|the belt|the beam|the "
     r"hook|the banister|the cord|the knot|the loft hatch) (holds|will hold|would hold|can hold|"
     r"takes my weight|would take my weight|will take my weight|is strong enough)\b"
     r"|\b(cord|belt|rope|scarf|ligature|dressing gown cord|tie|cable) (\S+ ){0,2}(over|round|"
     r"around) (the )?(top of the )?(door|bedroom door|banister|beam|hook|rail|loft hatch)\b"
     r"|\b(cancelled|cancelling|canceled|cancel) (all )?(my )?(appointments|plans|subscriptions|"
     r"everything)\b( \S+){0,6} (wont need|wont be needing|no point|dont need)\b"
     r"|\b(this|tonight|today) (will be|is|is going to be|s) my (very )?last (night|time|"
     r"message|post|goodbye|christmas)\b(?! (of|in|at|before|off|with|as|shift|working|on|"
     r"shift|for|doing|before|until|home)\b)"
     r"|\b(pulling|pulled|pull|ripping|ripped|tearing|tore) (my )?(own )?hair out (in clumps|in "
     r"chunks|in handfuls|until|till)\b"
     r"|\b(scratching|scratched|scratch|clawing|clawed|digging my nails into|dug my nails into) "
     r"(at )?my (own )?(face|skin|arms|legs|wrists|thighs) (until|till|til|to feel|so hard|raw)\b"
     r"|\b(stand|standing|stood|sit|sitting|sat|go|going|went|walk|walked) (\S+ ){0,2}(on|at|to|"
     r"by) the (bridge|cliff|cliffs|edge|platform|roof|multi storey|car park roof|ledge) "
     r"(\S+ ){0,6}(look|looking|stare|staring|looked|stared|gaze|gazing) (down )?(at|into) the "
     r"(water|river|drop|tracks|trains|road|traffic|sea|edge|ground)\b"
     r"|\b(dont|do not|cant|cannot|can not) (see|imagine|picture) (myself|me) (being )?(here|"
     r"alive|around|still here) (at|for|by|in|next|until)\b"
     r"|\b(manage|cope|get by|survive|be fine|be ok|be okay|be alright) without me\b(?! (for|"
     r"while|when|at|this|tonight|one|a|the|an|on|if|until|till|til|during|now and)\b)"),
    ("sh_preparing",
     r"\b(giving|gave|given) away (\S+ ){0,7}(feels right|wont need|dont need (them|it) anymore"
     r"|no "
     r"use to me now|so no one has to)\b"
     r"|\bwho gets what (\S+ ){0,3}(when im gone|after im gone|after i die|if i die|before i)\b"
     r"|\b(wont|will not|not going to|wont be) be there (when|to see|for) (\S+ ){0,3}(grow|grows|"
     r"grown|older|18|starts school|first|birthday|birthdays|wedding)\b"
     r"|\b(because|cos|as|since) i (wont|will not|am not going to) be (there|here|around)$"
     r"|\b(fast|express|non stop|freight) (trains?|ones?)( \S+){0,4} (dont|do not|that dont|which "
     r"dont|not) stop( here| at (this|my|the local) station)?$"
     r"|\b(driving|drive|drove|walk|walking|walked) (past|to|over|by) the (reservoir|quarry|"
     r"cliff|cliffs|bridge|river|tracks|level crossing|railway)( \S+){0,6} (slow down|slowing "
     r"down|slowed down|stop the car|pull over|pulled over|thinking about|imagining)\b"
     r"|\bi know (which|exactly which|the exact|exactly where the) (bridge|tree|building|cliff)\b"
     r"(?! to (take|go|use|cross|avoid|visit))"
     r"|\b(the |a |my )?(knife|blade|razor|rope|noose) (is|are|s) (in my (bag|pocket|coat|car|"
     r"drawer|room)|under my (pillow|bed|mattress)|hidden|ready|with me)\b"
     r"|\b(the |my |all the |all my )?(pills|tablets) (are|is|s) (hidden|ready|counted out"
     r"|lined up|"
     r"all here)\b"
     r"|\b(dont|do not|not) (plan|planning|intend|intending|expect|expecting) (on |to )?(be|being)"
     r" (around|here|alive|there) (for|at|by|when|to see|much longer|long)\b"
     r"|\b(wont|will not|not going to) be (here|around|alive) ((in the morning|tomorrow)$|"
     r"come morning|by morning|by the morning)\b"
     r"|\b(please )?make sure (someone|somebody) (checks on|check on|looks after|look after|takes "
     r"care of|take care of|finds|find|gets to|goes to) (the baby|my baby|him|her|the kids|my kids|"
     r"my son|my daughter)\b(?!( \S+){0,3} (when|while|whilst) (im|i am|i m|i)\b)"
     r"|\b(i know|ive worked out|i ve worked out|i finally know) (exactly )?what (i|im) (am )?"
     r"(going to|gonna|need to|have to) do\b( \S+){0,6} (calm|peace|peaceful|relieved|ready)\b"
     r"|\b(feel|feeling|felt) (so |really |strangely |weirdly )?(calm|at peace|peaceful) now "
     r"(that )?(i|ive|i ve) (know|decided|made|have a plan|got a plan)\b"
     r"|\b(i|ive|i ve|i keep|i have) (\S+ )?(bit|bite|biting|bitten) my (own )?(arm|arms|hand"
     r"|hands|wrist|wrists|fingers|knuckles) "
     r"(\S+ ){0,3}(so hard|until|till|til|hard enough) (\S+ ){0,2}(bled|bleed|bleeding|bruised|"
     r"broke the skin)\b"
     r"|\b(fall asleep|go to sleep|lie down|lay down|walk|walking) (in|into) the (snow|sea|river|"
     r"road|traffic|cold|water|waves)\b(?! (with|and (build|play)|to (cool|paddle)))"),
    ("sh_ligature_self",
     r"\b(i|ive|i ve|i had|i have|i put|i tied|i wrapped|i stood|i sat)( \S+){0,6} (belt|rope|"
     r"cord|scarf|ligature|tie|lead|cable|dressing gown cord|noose) (round|around) my (own )?"
     r"(neck|throat)\b(?!( \S+){0,4} (freezing|cold|warm|lol|haha|fashion|outfit|style|snug)\b)"
     r"|\b(googling|googled|looked up|looking up|searching|searched|researching|researched|"
     r"reading up on) (\S+ ){0,2}how (long|much|many) (\S+ ){0,4}(drown|die|bleed out|overdose|"
     r"suffocate|hang|to kill)\b"
     r"|\b(ive|i have|i ve|got) (got )?everything i need\b(?! for)( \S+){0,10} (thank you|thanks|"
     r"goodbye|sorry|love you|tonight)\b"
     r"|\b(letter|letters|note|notes)\b( \S+){0,10} for after(wards)?$"),
    ("sh_indirect_wish",
     r"\b(wont|will not|dont) need (it|them|this|that|any of (it|this|them)|anything|my \S+) "
     r"(where im going|where i am going|where i m going)\b"
     r"|\b(deserves|deserve) (a )?(better )?(mum|mother|dad|father|parent) (who isnt me|other than "
     r"me|that isnt me|not me|who is not me)\b"
     r"|\bif i (just )?(stepped|walked|stepped out|ran|run|step|walk) (out )?(into|in front of) "
     r"(the road|traffic|a car|a bus|a lorry|the traffic|a train)\b(?!( \S+){0,4} (with the (pram|"
     r"buggy|pushchair|baby)|without looking|by accident)\b)"
     r"|\b(want|wanting|trying|try|hope|hoping) (to )?(just )?(waste away|starve (myself|to death)|"
     r"stop eating (until|till|and die))\b"
     r"|\b(not|havent been|stopped|been not) eating on purpose\b"
     r"|\breasons to (die|not live|not be here|end it|kill myself)\b"),
    ("sh_at_the_place",
     r"\b(im|i am|standing|stood|sat|sitting|up) (at|on) the (top|roof|edge) of (the|a) (car park|"
     r"multi storey|multistorey|building|bridge|cliff|cliffs|tower|block|flats)\b(?!( \S+){0,6} "
     r"(space|spaces|parking|find|waiting|meet|park|view|photo|picnic)\b)"
     r"|\b(im|i am|standing|stood|sat|sitting) (on|at) (the|a) (bridge|edge|ledge|roof|cliff|cliff "
     r"edge|balcony edge) (right )?now\b(?!( \S+){0,4} (with the (pram|buggy|baby|kids|dog)|windy|"
     r"view|photo|traffic)\b)"
     r"|\b(written|wrote|writing|scheduled) (everyone|all of them|each of them|my family|all my "
     r"family) (a )?(text|texts|message|messages|letter|letters|note|notes|email|emails)\b"
     r"|\b(hoping|hope|hoped) (something (bad )?(happens|will happen)|i crash|i get hit|i have an "
     r"accident|for an accident|i dont make it home|i dont come home)\b"
     r"|\bdriving (too |really |so )?fast on purpose\b"
     r"|\b(i|ive|i ve|i have) (took|taken|swallowed|have taken) (everything|all|all of it|the lot) "
     r"in (the|my) (cupboard|cabinet|medicine cabinet|drawer|first aid kit|bathroom|"
     r"kitchen)\b"
     r"|\b(husband|partner|mum|someone|he|she|my sister|my friend) (found|read|saw|has found|has "
     r"read) my (note|letter|goodbye note|goodbye letter|letters|notes)\b(?! (about|for|on|from|"
     r"with|to (the|my) (milkman|nursery|babysitter|childminder|teacher)))"),
    ("sh_quiet_preparations",
     r"\b(saying|said|say|started saying) (my )?goodbyes? to (people|everyone|them|my family|my "
     r"kids|my baby|my husband|my children|everybody) (\S+ ){0,3}in my head\b"
     r"|\b(told|asked|made|begged|making) (\S+ ){0,3}(to )?(look after|take care of|raise|have|"
     r"bring up) (the baby|my baby|the kids|my kids|him|her|them) if (anything|something) "
     r"(happens|happened|were to happen)\b(?! to (us|them|him|her|you|my))(?!( \S+){0,3} (during|"
     r"in labour|at the hospital|in surgery|while|on holiday))"
     r"|\bgarage\b( \S+){0,8} (think|thinking|thought|imagine|imagining|tempted|urge)( about| to)? "
     r"(starting|start|leave|leaving|turning on|turn on|running|run) the (engine|car)\b"
     r"|\b(looking|stare|staring|look|looked|stared) at (the |my |a )?(bottle|box|packet|pot|"
     r"packets|boxes) of (pills|tablets|meds|paracetamol|painkillers"
     r"|sleeping pills)\b(?!( \S+){0,4} "
     r"(dose|label|instructions|to read|trying to read)\b)"
     r"|\b(have|get|live|had) a (much )?(better|happier) life (\S+ ){0,6}(than with me"
     r"|without me)\b"
     r"|\b(keep|keeps|kept|been|i keep) (walking|going|driving) (to|down to) the (level crossing|"
     r"railway|tracks|train tracks|bridge|cliff|cliffs|river|canal|reservoir) (\S+ ){0,2}(at night|"
     r"every night|in the night|alone|on my own)\b"
     r"|\b(dont|do not|cant|cannot) trust myself (near|around|with) (the )?(kitchen )?(knives"
     r"|knife|"
     r"pills|tablets|medication|razors|blades|the car|the bridge)\b(?!( \S+){0,10} (chopping|"
     r"cooking|clumsy|nearly cut\S*|by accident)\b)"),
    ("sh_means_kept",
     r"\b(pills|tablets|meds|antidepressants|medication|sertraline|fluoxetine|citalopram)\b"
     r"( \S+){0,10} (stockpiling|hoarding|saving up|stashing|saving) (them|it|those)\b"
     r"|\b(fighting|trying|struggling) to (stay alive|keep myself alive)\b"
     r"|\b(want|wanting|urge|urges|tempted|going|plan|planning|think about|thinking about) (to )?"
     r"(crash|crashing|wrap|wrapping) (the|my) car\b"
     r"|\b(end|stop|over)( \S+){0,3} (and|because) i know how$"),
    ("sh_date_and_accident",
     r"^(ive|i have|i ve) (picked|chosen|set) (a|the) (date|day)( now)?$"
     r"|\b(would|could|will|might|make it|d) look like an accident\b(?! waiting)"
     r"|\b(survive|live|make it|get through)( \S+){0,6} (not sure|dont know if"
     r"|dont think) i (even |"
     r"really )?want to$"),
    ("sh_partner_at_risk",
     r"\b(said|says|thinks|told me|keeps saying|believes|think)( that)? (\S+ ){0,3}(better"
     r"|happier) "
     r"off without (her|him)(?= |$)(?! (mum|dad|mother|father|sister|brother|friends?|family|"
     r"parents|visiting|around here|interfering))"
     r"|\b(shes|hes|she has|he has|she s|he s) been giving away (all )?(her|his) (stuff|things|"
     r"belongings|clothes|jewellery|jewelry)\b"
     r"|\b(said goodbye|walked out|disappeared|gone missing|missing)\b( \S+){0,12} (not|isnt|wont|"
     r"hasnt been) (answering|picking up)\b(?!( \S+){0,6} (meeting|work|busy|driving|signal|"
     r"battery)\b)"),
    ("sh_ligature_ready",
     r"\b(rope|belt|cord|noose|scarf|ligature) (is |s )?(hanging|hung|tied|ready|up) (from|on|to|"
     r"over|round) (the )?(loft hatch|banister|bannister|beam|hook|rafter|top of the door|loft "
     r"ladder)\b(?!( \S+){0,4} (for (his|my|the|her|a)|suit|trousers|jeans|wedding|work|washing)\b)"
     r"|\b(rope|belt|cord|noose|ligature) (\S+ ){0,2}ready\b(?!( \S+){0,4} (for (his|my|the|her|a)|"
     r"suit|trousers|jeans|wedding|work|washing)\b)"
     r"|\b(razor|razors|razor blades|blades|knife|pills|tablets)\b( \S+){0,8} (ive|i have|i ve) "
     r"(got|taken|put|laid) (them|it) out\b"
     r"|\b(knows|know) (that )?(she|he|they) (gets|will get|get|will have|has|should have) (the "
     r"baby|my baby|the kids|my kids|him|her)\b(?!( \S+){0,4} (on|at|for|every|while|when|days|"
     r"weekends|tuesdays|mondays|wednesdays|thursdays|fridays)\b)"
     r"|\b(thank you|thanks)( \S+){0,8} (wont|will not|isnt going to) be (needed|necessary)( "
     r"anymore| any more| after tonight)?\b(?!( \S+){0,6} (latching|latched|sleeping|feeding|fixed|"
     r"sorted|solved|worked|working|better|now)\b)"
     r"|\b(its|it is|it s|everything is) decided( now)?( \S+){0,2} (tonight|tomorrow|today)$"
     r"|\bmemory (box|boxes)\b( \S+){0,10} (for when|when (im|i am) gone|in case|after)\b"),
    ("sh_final_messages",
     r"\b(everythings|everything is|its all|it s all|all) (in order|sorted out|ready now)\b"
     r"( \S+){0,10} (labelled|labeled|for my (sister|mum|mom|brother|family)|letters)\b"
     r"|\b(wont|will not|never) hear from me (again|anymore|any more)\b(?!( \S+){0,6} (until|till|"
     r"til|lol|haha|unless)\b)"
     r"|\bsorry for (all the trouble|being such a burden|being a burden|all of it)( \S+){0,6} "
     r"(goodbye|wont hear|never|bye)\b(?!( \S+){0,3} (and thanks|thanks|see you|for now)\b)"
     r"|\b(made up my mind|made my mind up|decided)( \S+){0,4} (im|i am|i m) (going|leaving|doing "
     r"it) (tonight|now|today|tomorrow)$"
     r"|\b(waiting|wait|waited) for (the|a) (fast|express|non stop|next fast) train\b(?! (to|into|"
     r"home|back)\b)"),
    ("sh_method_described",
     r"\b(sleep|go to sleep|fall asleep|lie down|slip under|go under) in the bath\b( \S+){0,6} "
     r"(peaceful|forever|never wake|not wake|end it|and not come up)\b"
     r"|\bif i\b( \S+){0,10} (it|that|everything) (would|will|d) (all )?be (so )?(peaceful|over)$"
     r"|\b(throw|throwing|threw|fling|flinging) myself (down|off|from|out of|in front of|under) "
     r"(the |a |them|it)? ?(stairs|bridge|balcony|window|roof|train|bus|car|lorry|cliff|building|"
     r"car park|them|it)\b"
     r"|\b(not exist|stop existing|disappear|be gone|not be here)( \S+){0,5} (like |just )?"
     r"(permanently|forever|for ever|for good)\b"
     r"|\b(bridges?|car parks?|multi storeys?|buildings?|cliffs?)( \S+){0,3} (no"
     r"|without) (barriers|"
     r"fences|railings|nets)\b(?!( \S+){0,4} (for the|pram|kids|toddlers|children|dangerous)\b)"),
    ("sh_knows_how",
     r"\bi know (exactly )?how (i|id|i d|i would|i will|ill) (do it|go|end it|end things)\b"
     r"|\b(nobody|no one|noone) needs me\b(?!( \S+){0,4} (lol|haha|tonight|this evening"
     r"|for once|at work|in work|at the office|in the office)\b)"
     r"|\bwhich (tree|bridge|building|cliff|car park|road|train)( \S+){0,3}$"),
    ("sh_last_goodbyes",
     r"\b(said|say|saying) goodbye to (my baby|the baby|my kids|the kids|my son|my daughter|my "
     r"husband|my partner|everyone)\b( \S+){0,6} (for good|forever|not coming back)\b(?! measure)"
     r"(?!( \S+){0,4} (lol|haha|nursery|drop off)\b)"
     r"|\b(leaving|going|gone|leave) (tonight |today |now )?for good\b(?!( \S+){0,4} (job|work|"
     r"house|flat|country|area|holiday|lol|city|town|moving)\b)"
     r"|\b(im|i am|i m) on (the )?(roof|edge) of (the )?(\S+ ){0,2}(car park|multi storey|"
     r"multistorey|building|block|flats|bridge|hospital)\b(?!( \S+){0,6} (space|spaces|parking"
     r"|find|"
     r"waiting|meet|park|view|photo|picnic|lift|which way)\b)"
     r"|\b(please )?tell (my|the) (daughter|son|baby|kids|children|husband|partner|family) i "
     r"loved (her|him|them)\b"
     r"|\b(this will be|this is|its) the last time i (message|text|write|post|talk"
     r"|speak)\b(?!( \S+)"
     r"{0,6} (about|promise|lol|haha)\b)"),
    ("sh_ready_and_calm",
     r"\b(tied|tie|tying|knotted) (the |a |my )?(cord|belt|rope|scarf|ligature|dressing gown cord) "
     r"(to|round|around|on) (the )?(door handle|handle|banister|bannister|hook|beam|loft hatch)\b"
     r"|\b(im|i am|i m|sitting|lying|sat) in the bath with (a |the |my )?(blade|blades|razor"
     r"|razors|"
     r"knife|pills|tablets)\b"
     r"|\b(arranged|sorted|organised|asked) (for )?(\S+ ){0,3}(to have|to take|to look after"
     r"|to raise)"
     r" (the baby|my baby|the kids|my kids|him|her|them) if (something|anything) (happens"
     r"|happened) "
     r"to me\b(?!( \S+){0,4} (during|in labour|at the hospital|in surgery|while|on holiday|c "
     r"section|at work|on the way)\b)"
     r"|\b(last|final) (night|day|time) (i ll|ill|i will) be (a burden|here|around|alive"
     r"|a problem)\b"
     r"|\b(made|making) (my )?peace with (it|dying|death|my decision|leaving|going)\b"),
    ("sh_unsafe_tonight",
     r"\b(googled|googling|looked up|looking up|searching|searched|researched|researching) (\S+ )"
     r"{0,6}((when|if) you jump( from| off|$)|jump from|fall from|hit by a train|drowning feels"
     r"|you drown|"
     r"you overdose|you hang)\b"
     r"|\b(hit by a car|hit by a bus|in a crash|run over|didnt wake up|died)( \S+){0,4} (id"
     r"|i would|"
     r"i d) (be )?(relieved|glad|grateful|okay with it|not mind)\b"
     r"|\b(stop|stopping|stopped|not) taking my (insulin|heart (meds|medication|tablets)|blood "
     r"thinners)\b"
     r"|\b(pills|tablets|drinking|alcohol|wine|vodka)( \S+){0,6} to numb (it|the pain|everything|"
     r"myself|the feelings|how i feel)\b"
     r"|\b(dont think|not sure|dont know if|cant|cannot|can not|unable to|struggling to)( i can)? "
     r"keep (myself|me) safe\b"
     r"|\b(writing|wrote|write|doing|sorting|making) my will (tonight|right now|now)\b"
     r"|\ba (mum|mother|dad|parent) who wants to (die|be dead|not be here|kill (herself|himself))\b"
     r"(?! (in|at|when|peacefully))"),
    ("sh_intent_told",
     r"\b(im|i am|i m) (going to|gonna) do it (tonight|today|now|tomorrow)\b( \S+){0,2} (when"
     r"|while|"
     r"after|once) (everyones|everyone is|everyone s|theyre|they are|hes|he is|the baby is|the "
     r"kids are|shes) (asleep|out|gone|at work|in bed)\b"
     r"|\b(my|the) plan is to (go|do it|end it|leave for good|not be here) (after|when|once"
     r"|tonight|before|at)\b(?!( \S+){0,6} (to the|shop|shops|supermarket|store|baby group|class|"
     r"gym|work|walk)\b)"
     r"|\b(wish|wishing|wished) (i had|id|i d) (died|not survived|never woken up|bled out)\b"
     r"|\bthe only (thing|one|reason) (stopping|keeping) me (\S+ ){0,3}(is|are)\b(?!( \S+){0,4} "
     r"(coffee|tea|chocolate|wine|cake|lol|haha)\b)"
     r"|\b(not|no longer) (scared|afraid|frightened) of (dying|death|being dead)\b"
     r"|\b(thinking|thought|think|planning|planned|worked out|working out) about (how|when|where) "
     r"(id|i d|i would|i could|ill) do it\b(?! (differently|better|again|with|without))"),
    ("sh_hidden_away",
     r"\b(booked|booking|book) (a )?(hotel|room|hotel room|b and b|airbnb)( \S+){0,4} so (no one|"
     r"nobody|noone) (finds|will find|can find|would find) me\b"),
    ("sh_exit_and_found",
     r"\b(planning|planned|plan|started planning) my (exit|way out|escape from (life|this life|it "
     r"all)|last (day|night|goodbye))\b(?! from)"
     r"|\b(i think )?tonights the night\b(?!( \S+){0,6} (she|he|sleeps|sleep|through|finally|lol|"
     r"haha|date|party|cot|room)\b)"
     r"|\b(done|tired of|finished) fighting\b( \S+){0,6} (let go|give up|going to go|end it|stop)\b"
     r"|\bmy body (would|will|d) be found\b"
     r"|\b(holding|hold|held) my breath (\S+ ){0,6}hoping (i|i ll|ill|i will) (wont|dont|never|"
     r"not) (come up|wake|surface)\b"),
    ("sh_in_order",
     r"\b(ive|i have|i ve) (put|got|left) (everything|all|my affairs"
     r"|things) in order\b(?!( \S+){0,4} "
     r"(before the baby|for the baby|wills?|for the birth|lol)\b)( \S+){0,10} (instructions"
     r"|routine|"
     r"letters?|notes?|for (him|her|them)|sorry)\b"
     r"|\b(going|go|went|heading) (to|into) the (woods|forest|park|garage"
     r"|loft) (\S+ ){0,2}with (the|a|"
     r"my) (rope|belt|cord|pills|tablets|knife|razor|blades)\b"
     r"|\bwhen (im|i am|i m) gone,? (tell|say to|give|make sure)\b(?! (back|to|away))"
     r"|\b(make|making) it look (natural|like an accident|accidental)\b(?!( \S+){0,4} (makeup|make "
     r"up|hair|photos?|lol)\b)"),
    ("sh_painless_and_saved",
     r"\bhow to do it (painlessly|without pain|so it works)\b"
     r"|\b(dont|do not) want to be (saved|found|rescued|stopped) (this time|again|anymore)\b"
     r"(?!( \S+){0,3} (seat|a seat|lol|haha)\b)"
     r"|\b(drove|driven|drive|driving|walked|went|gone) to the (cliffs|cliff|bridge|reservoir|"
     r"quarry|train tracks|tracks|railway)\b( (tonight|alone|on my own|again))?$"),
    ("sh_fade_away",
     r"\b(want|wanting|wish|going) to (just )?(fade away|fade out|waste away|slip away)\b(?!( \S+)"
     r"{0,4} (into|on|at|for|lol|haha)\b)"
     r"|\b(stopped|stop|not) eating and drinking\b(?! (dairy|caffeine|coffee|alcohol|fizzy|"
     r"sugar|milk|\S+ for))"
     r"|\b(lie|lay|lying|laying) awake (at night )?planning (it|my death|how)\b"),
    ("sh_how_easy",
     r"\bhow easy (it would be|itd be|it d be|it would all be|it is|it would be to just)$"
     r"|\bhow easy (it would be|itd be|it d be|it is) (to )?(just )?(step|jump|fall|walk|drive|"
     r"swerve|let go|end|slip|take (them|it|all)|swallow|drown|disappear|never|not (wake|be)|"
     r"go under|stop (it all|everything|breathing|existing|living)|lean|climb|keep walking|"
     r"keep driving|turn the wheel)\b"
     r"|\b(look|looking|looked|stare|staring|stared|peer|peering) (down|over) (at|into) (the |"
     r"that )?(tracks|train tracks|railway|water|river|drop|edge|road|traffic|sea)\b"),
    ("sh_own_funeral",
     r"\b(imagining|imagine|imagined|picture|picturing|planning|planing|planned|plan"
     r"|thinking about|think "
     r"about|thought about|fantasising about|fantasizing about|dreaming about|dream about|"
     r"daydream about|daydreaming about|keep seeing|written|writing|chose|chosen|choosing|picked) "
     r"(\S+ ){0,2}my (own )?funeral\b"
     r"|\bwho (would|will|d) (even )?(come|turn up|go) to my funeral\b"),
    ("sh_decided",
     r"\b(ive|i have|i ve) (made my decision|made up my mind|decided)( now| already| this time)?$"
     r"|\b(made my mind up|made up my mind|made my decision|decided|picked the day|chosen the day|"
     r"set a date|picked a date)\b( \S+){0,6} (its|it is|it s|it will be|ill do it|im doing it) "
     r"(happening |going to happen |be )?(this weekend|tonight|tomorrow|on \S+day|friday|saturday|"
     r"sunday|monday|tuesday|wednesday|thursday)\b"
     r"|\b(ive|i have|i ve) (made my decision|made up my mind|decided)\b( \S+){0,3} (i (just )?"
     r"wanted (someone|somebody|you|one person) to know|im at peace|i am at peace|im ready|"
     r"its time|dont try|no going back|its for the best)\b"
     r"|\bi (just )?wanted (someone|somebody|one person) to know\b( before)?$"
     r"|\b(im|i am) at peace with (it|my decision|the decision|this decision|what i)\b"),
    ("sh_high_place",
     r"\b(tallest|highest) (\S+ ){0,2}(multi storey|multistorey|car park|building|bridge|cliff|"
     r"cliffs|tower|block of flats|flats|point|drop|roof)\b( \S+){0,3} (near|nearby|close to|"
     r"around|in my area|round here|local|in town|near me)\b"
     r"|\b(which|what) (bridge|cliff|building|car park|multi storey|multistorey|roof) (\S+ ){0,3}"
     r"(high enough|tall enough|highest|tallest|would do it|is best)\b"),
    ("sh_tied_up",
     r"\b(tied|tie|tying|attached|fixed|rigged|fastened|knotted) (?!(\S+ ){0,3}(balloon|"
     r"balloons|ribbon|ribbons|bunting|decorations|gate|stair gate|stairgate|lights|garland|toy|"
     r"toys|mobile|bow|bows|streamers|dog|lead|sign|banner|stocking|stockings|wreath|tinsel|"
     r"baby gate|plant))(\S+ ){0,5}(to|from|round|around|on|onto) (the )?(banister|banisters|"
     r"bannister|bannisters|stair rail|loft hatch|beam|rafter|rafters|curtain rail|light "
     r"fitting|ceiling|hook|loft ladder|top of the stairs)\b"),
    ("sh_locked_in_with",
     r"\b(locked|lock|locking|shut|shutting|hiding|hid|holed up|barricaded) (myself )?(in )?"
     r"(\S+ ){0,4}with (a |the |my |his |some |all )?(razor|razors|razor blade|razor blades|"
     r"blade|blades|knife|knives|rope|belt|pills|tablets|paracetamol|painkillers)\b"
     r"|\b(in|inside) (the|my) (bathroom|toilet|loo|car|garage|bedroom|shed)( \S+){0,6} (with|and) "
     r"(a |the |my |all |a packet of |a box of |some )?(razor|razors|razor blade|razor blades"
     r"|blade|blades|rope|pills|tablets|paracetamol|"
     r"painkillers)\b"),
    ("sh_after_me",
     r"\bif i (died|die|was to die|were to die|was gone|wasnt here|wasnt around|passed|didnt wake "
     r"up|dont wake up) (tonight|tomorrow|today|this week|now|soon)\b"
     r"|\bwho (would|will|should|gets|get|would get|will get|should get|would have|will have|would "
     r"look after|will look after|would raise|will raise) (\S+ )?(the baby|my baby|the kids|my "
     r"kids|my son|my daughter|him|her|them) (\S+ ){0,3}(if i (die|died|was dead|was gone|wasnt "
     r"here|dont wake|didnt wake)|when (im|i am|i m) (gone|dead|not here)|after (im|i am) gone)\b"
     r"|\b(sort|sorted|sorting|get (it|things|everything) sorted|arrange|arranged|arranging|"
     r"organise|organised|organising|in order|write|wrote|writing) (\S+ ){0,6}before$"
     r"|\bif (something|anything) (happened|happens|were to happen|was to happen) to me\b"
     r"( \S+){0,12} (tonight|need to know now|asking for a reason|asking because)\b"
     r"|\b(its|it is|everything is|everythings) (all )?(arranged|sorted|organised|in place|set)"
     r"( now)? (\S+ ){0,2}(the baby|my baby|the kids|my kids|my son|my daughter) (will|can|is "
     r"going to|are going to) (go to|live with|stay with|be raised by|be looked after by) (my|his|"
     r"her|their) (mum|mom|sister|dad|parents|brother|nan|grandma|auntie|aunt|family)\b(?!( \S+)"
     r"{0,5} (on (mondays|tuesdays|wednesdays|thursdays|fridays|weekdays)|when i (go back|return)|"
     r"while i|for the (day|night|weekend)|days a week))"
     r"|\bbefore (i go|im gone|i do it|i leave for good|its too late|the end)$"),
    ("sh_who_gets_baby",
     r"\bwho (gets|will get|would get|will have|would have|looks after|will look after) (the baby|"
     r"my baby|the kids|my kids|him|her|them) before$"),
    ("sh_goodbye_thanks",
     r"\b(wont|will not|not going to|wont be|wont even) (be )?(need|needing) (you|this|anyone|any "
     r"help|help|this app|this bot|any of this|it|them) (\S+ ){0,2}(after (tonight|today|this "
     r"weekend|tomorrow)|much longer|for much longer|for long)\b(?!( \S+){0,8} (lol|haha|sleeping "
     r"through|sleeps through|jk|joking)\b)"
     r"|\b(wont|will not|not going to|not gonna) (be )?(here|around|bothering (you|anyone)|a "
     r"problem|a burden) (after|past|beyond) (tonight|today|tomorrow|this week)\b"
     r"|\b(thank you|thanks) for (listening|being (so )?kind|everything|all (your|the) help)\b"
     r"( \S+){0,8} (goodbye|farewell)$"
     r"|\b(thank you|thanks) for (everything|all (your|the) help|being there|trying)\b( \S+){0,6} "
     r"(goodbye(?! (for now|till|until|see|x|xx|speak|talk|tomorrow|later))|take care of (him|her"
     r"|them|my)|look after (him|her|them|my)|tell (him|her|them)"
     r" i|its not your fault|not your fault|you did your best)\b"),
    ("sh_giving_away",
     r"\b(gave|given|giving|give|left|leaving) (\S+ ){0,5}(my|all my) (wedding ring|engagement "
     r"ring|rings|jewellery|jewelry|things|belongings|possessions|favourite|good|savings|"
     r"treasures)\b( \S+){0,14} (didnt ask why|doesnt know why|wont need|wont be needing|dont "
     r"need (it|them)|right person to have|(she|he|they) should have (it|them)|want(ed)? (her|him"
     r"|them) to have|to remember me|after "
     r"im gone|when im gone)\b"
     r"|\bthe right (person|people) to have (it|them|my)\b"
     r"|\b(cards|letters|presents|gifts|notes|messages|videos) (\S+ ){0,4}for (every|each|all "
     r"(his|her|their)|all of (his|her|their)|the rest of (his|her|their)) (future )?(birthday|"
     r"birthdays|christmas|christmases)\b(?!( \S+){0,4} (party|parties|this year))"
     r"|\bso (he|she|they) (will |would |ll |d )?(know|knows|understand|remember) (that )?i "
     r"(loved|really loved|did love) (him|her|them)\b"
     r"|(?<!we )(?<!we ve )(?<!weve )\b(written|wrote|writing|write|recorded|recording|made|"
     r"making) (\S+ ){0,8}(letter|letters|note|notes|video|videos|message|messages)\b( \S+){0,8} "
     r"(to open|to read|to watch|for when) (\S+ ){0,2}(when )?(hes|shes|theyre|he is|she is|they "
     r"are|they|he|she) (older|grown|grown up|grow up|bigger|are older|is older)\b(?!( \S+){0,6} "
     r"(so sweet|lovely|cute|idea|tradition|time capsule|lol|birthday|18th|21st))"),
    ("sh_better_off_said",
     r"\b(everyone|everybody|they|my family|the world|my kids|the kids|my husband|my partner|"
     r"my baby|the baby|he|she|my son|my daughter) (would|will|d|wd) ((honestly|really|all|"
     r"genuinely|just|probably|definitely|actually|truly) )*(be )?(so much |much |a lot )?"
     r"(better|happier) off( (honestly|tbh|really|anyway|now))?"
     r"( (my|the|i|im|he|she|they|everyone|its|it|this|honestly|and|so|deserves?)\b|$)"
     r"|\b(better|happier) (off )?with (someone else|anyone else|somebody else|another (mum|"
     r"mother|woman)) (raising|looking after|bringing up|as (their|his|her) (mum|mother))\b"),
    ("sh_say_goodbye", r"\b(this is|its) (goodbye|my goodbye|the end for me)\b"),
    ("sh_other_dies",
     rf"\b(threatening|threatened|threatens|says|said|talking about|talks about|wants|want|"
     rf"going|trying|tried) to (kill|hurt|harm|end|off) {SELF}\b"
     r"(?! (and (me|us|the baby|the kids)|if i (leave|left|go|tell|break up|end)))"),
    # Families below describe the situation without its topic word: a note left for someone,
    # means laid out, a place visited, a method asked about, dying imagined as a relief.
    ("sh_note_left",
     # A note written for a named person or left out where it will be found; "a note for the
     # nursery" or "a note in the diary" name no person and no place to be found.
     r"\b(written|wrote|writing|left|leave|leaving|put|typed|done) (\S+ ){0,2}(a|the|my|some) "
     r"(note|letter|letters|notes)( \S+){0,2} (for|to) (my|him|her|them|everyone|the kids|"
     r"each of)\b(?!( \S+){0,3} (about|with|asking|reminding|saying thanks|thanking|to (remind"
     r"|say|ask|tell (him|her|them) (about|to|what))|from the|school|nursery|teacher|childminder|"
     r"milkman|postman|neighbour|midwife|hv|health visitor|gp|doctor)\b)"
     r"|\b(note|notes|letter|letters|envelope|envelopes) (is |are |s )?(on|by|under) (the|my) "
     r"(table|kitchen table|pillow|bed|side|mantelpiece|fridge|dashboard)\b( \S+){0,8} "
     r"(thank|thanks|goodbye|bye|sorry|love you|baby|asleep|dinner|all done)\b"
     r"|\b(envelope|envelopes) (\S+ ){0,4}(with|and) (a |my )?(letter|note)\b"
     r"|\b(letter|note|letters|notes) (\S+ ){0,3}(explaining (everything|why|it all)|saying "
     r"(sorry|goodbye) (to|for) (everything|every)|to say goodbye)\b"
     r"|\bgoodbye (texts|text|messages|message|letters|letter|notes|note|emails|email|videos|"
     r"video)\b"),
    ("sh_means_laid_out",
     r"\b(razor|razors|blade|blades|rope|noose|belt|cord|pills|tablets|knife|gun|the lot|"
     r"everything) (is |are |s |all )?(out |laid out |set out |lined up |counted out |counted |"
     r"sorted |ready |in my hand|in my pocket|next to me|on the bed|by the bath)"
     r"(\S+ ){0,4}(on the bed|ready|in front of me|next to me|beside me|on the side|on the "
     r"floor|in my hand|and (i|im|the bath)|i just need|for (an hour|ages|hours|tonight)|$)"
     r"|\b(got|have|had|ive got|holding|got out) (the |a |my |all the |all my )(pills|tablets|"
     r"razor|blade|rope|knife|belt) (\S+ )?(out|ready|laid out|lined up|counted out) (on|in|by|"
     r"next|and|ready|$)"
     r"|\bbath (run|running|ready) and (a |the |my )?(razor|blade|knife|pills|tablets)\b"
     r"|\b(razor|blade|knife|razors|blades)s? (is |are |s )?(in|on) my (hand|lap|wrist|arm)\b"
     r"|\b(sat|sitting|sit|kneeling|lying|locked) (\S+ ){0,4}(bathroom|bath|bedroom|kitchen) "
     r"floor (with|and) (\S+ ){0,3}(razor|blade|knife|pills|tablets|rope|belt)\b"),
    ("sh_not_see_myself",
     r"\b(dont|do not|cant|cannot|can not|never) (really )?(see|picture|imagine) myself "
     r"(being |still )?(here|around|alive|living|making it|surviving|getting through|"
     r"at (her|his|their) (first )?birthday)\b( (next|by|in|at|for|much|to see|when|after)\b|$)"),
    ("sh_other_wants_to_die",
     # Someone close saying it: a suicide risk to them, answered like the parent's own words.
     r"\b(she|he|they|my (wife|husband|partner|mum|mom|mother|dad|father|sister|brother|"
     r"girlfriend|boyfriend|friend)) (\S+ ){0,4}(wants|wanted|keeps wanting|wishes|wished) "
     r"(to die|to be dead|she was dead|he was dead|she were dead|he were dead|to not be here|"
     r"she wasnt here|he wasnt here|to end it)\b(?! (of|from|laughing|when|every time|whenever)\b)"
     r"|\b(took|taken|swallowed|necked|downed) (\S+ ){0,3}(a load|loads|a lot|lots|a handful|all|"
     r"the whole|a whole|a packet|a box|a bottle|some) of (\S+ ){0,3}(tablets|pills|meds|"
     r"medication|paracetamol|painkillers|sleeping pills)\b( \S+){0,10} (drowsy|sleepy|wont wake|"
     r"cant wake|not making sense|slurring|out of it|passed out|unconscious|on purpose|wine|"
     r"vodka|alcohol|drink)\b"
     r"|\b(pills|tablets|meds|painkillers|paracetamol)( \S+){0,6} (washed|wash|washing) (them|it) "
     r"down with (wine|vodka|gin|whisky|beer|alcohol|booze|cider|rum)\b"),
    ("sh_dead_by",
     r"\b(ill|i will|i ll|i would|id|i d|i might|might|ill probably) (\S+ )?be (dead|in the ground|"
     r"in a box|six feet under) (by|before|soon|anyway|in a|within|next|this time)\b"
     r"|\b(if|when|once) (im|i am|i m|i was|i were) (in a box|in a coffin|in the ground|six feet "
     r"under|in my grave|pushing up daisies|dead)\b"
     r"|\b(nicer|better|new|different|proper|happier|kinder) (mum|mother|dad|father|parent|"
     r"family|wife|husband|life)( \S+){0,2} if i (was|were|d|had) (dead|gone|died)\b"),
    ("sh_method_question",
     # How a way of dying feels or how long it takes, asked with no one else named.
     r"\bhow long (does|would|will|did) it take (to|for (you|someone|a person|a body) to) "
     r"(drown|die|bleed out|suffocate|hang|overdose|pass out from|lose consciousness)\b"
     r"(?!( \S+){0,8} (baby|babies|child|children|toddler|kids|newborn)\b)"
     r"|\b(would|will|does|do|did|how much would|how much does) it (really )?(hurt|be painful|"
     r"be quick|be instant|be painless) (much |a lot |at all )?(to|if i|if you) (jump|drown|hang|"
     r"fall|overdose|crash|step|walk|cut)\b"
     r"|\b(jump|jumping|jumped|fall|falling|throw myself|step|stepping) (off|from|out of) "
     r"(the |a |that |our )?(\S+ )?(floor|storey|story|roof|rooftop|bridge|balcony|cliff|"
     r"multi storey|car park|tower|building|flyover|overpass)\b(?!( \S+){0,4} (with the|and "
     r"the baby|trampoline)\b)"
     r"|\b(engine|car) (running|on|left on)( \S+){0,6} (windows|garage|hose|pipe)\b"
     r"|\b(windows|garage door) (shut|closed|up)( \S+){0,4} (engine|car) (running|on)\b"
     r"|\b(what if|imagine if|maybe i should|i could) i (just )?(drank|drink|took|take|"
     r"swallowed|swallow|ate) (all |the |every )(\S+ ){0,3}(calpol|pills|tablets|paracetamol|"
     r"bottle|packet|meds|medicine|everything)\b"),
    ("sh_place_visited",
     r"\b(sat|sitting|stood|standing|leaned|leaning|sit|stand|dangling|dangled) (\S+ ){0,3}"
     r"(on|at|over) the (edge|ledge|railings|railing|parapet)\b(?!( \S+){0,3} (of )?(the )?(bed|"
     r"sofa|bath|pool|chair|seat|cot|my seat)\b)"
     r"|\b(staring|stare|stared|looking|look|looked|gazing) (down )?(at|into|over) the (river|"
     r"canal|sea|water|drop|tracks|railway|train tracks|edge|motorway)\b(?!( \S+){0,4} (ducks|"
     r"swans|boats|fish|with (the|my) (baby|buggy|pram|toddler|kids|son|daughter))\b)"
     r"( \S+){0,10} (keep|keeps|every|thinking|for (an hour|ages|hours)|again|how)\b"
     r"|\b(keep|kept|been|keeps) (staring|stare|looking|going) (at|to|down at) the (river|canal|"
     r"sea|drop|tracks|railway|motorway|bridge|cliffs|cliff edge)\b"
     r"|\b(gap|hole|break|space) in the (fence|railings|barrier|netting)\b( \S+){0,8} (ive|i have|"
     r"i ve|i) (checked|looked|been|measured|seen)\b"
     r"|\b(cliff|cliffs|bridge|flyover|multi storey|roof)\b( \S+){0,8} (sat|stood|sitting|"
     r"standing) (on|at) the edge\b"),
    ("sh_hidden_goodbye",
     r"\b(said|say|saying) (goodbye|bye|my goodbyes) (\S+ ){0,6}(doesnt|didnt|dont|does not|did "
     r"not|wont) (know|realise|realize) (that|it|thats|what)( \S+){0,3} (was|is|goodbye|for)\b"
     r"|\b(doesnt|didnt|dont|does not|did not|wont|never) (know|realise|realize) (\S+ ){0,2}"
     r"(was|is) (goodbye|the last time|my goodbye|a goodbye)\b"),
    ("sh_relief_of_dying",
     r"\b(the (idea|thought) of |)(dying|death|being dead|not being here|not being alive|not "
     r"existing|not waking up|never waking up|just not existing|just stopping|not being around) "
     r"(\S+ ){0,3}(feels|seems|sounds|would be|is) (like )?(such )?(a )?(relief|peaceful|restful|"
     r"comforting|nice|appealing|tempting|welcome|a rest|the answer|the only way|finally resting|"
     r"a way out|so easy)\b"
     r"|\b(already gone|already dead inside)\b( \S+){0,4} (just )?(waiting|make it official|"
     r"matter of time|formality)\b"
     r"|\bmake sure i (dont|do not|never|wont|will not) (ever )?have to( (do|face|wake up to|"
     r"live|see|go through|feel)( (this|it|another|any|again)\b)?)?$"
     r"|\bwish(ing|ed)? (i|id|i would|i d|that i) (get|got|be|was|were) (hit|run over|knocked "
     r"down|killed|taken|struck) (by|in|so)\b"
     r"|\b(looks|look|looked|make it look|seem|seems) like an accident\b(?!( \S+){0,6} (baby|"
     r"him|her|toddler)\b)"
     r"|\b(thought|thinking|think) about how( (i|id|i would) (do it|would do it|could do it))?$"
     r"|\b(knife|blade|razor|glass)( \S+){0,3} (into|in|across|through|along|against) my "
     r"(wrist|wrists|arm|arms|throat|neck|thigh|thighs|veins|chest|stomach)\b"
     # Rehoming a pet in the same breath as a strange calm.
     r"|\b(gave|given|giving|rehomed|rehoming) (away )?(the|my|our) (dog|cat|dogs|cats|pets|"
     r"rabbit)\b(?=.*\b(peaceful|calm|at peace|relief|for good|forever|wont need)\b)"
     r"|\b(peaceful|calm|at peace)\b(?=.*\b(gave|given|giving|rehomed|rehoming) (away )?(the|my|"
     r"our) (dog|cat|dogs|cats|pets|rabbit)\b)"
     # "i've decided." alone, then a calm that has no decision in it ("decided to wean" is one).
     r"|\b(ive|i have|i ve) (finally )?decided\b(?! (to|that|on|against|not|what|which|if|"
     r"whether|we|he|she|the|how|when|where|its ok to|its okay to)\b)( \S+){0,8} (calm|calmer|"
     r"at peace|peaceful|relieved|lighter|its ok|its okay|its fine)\b"
     r"|\b(itll|it will|it ll) (all )?be over soon( now)?( for me)?$"
     r"|\bso (i|that i) can (just )?(fade away|waste away|disappear|stop existing|slip away)\b"),
    ("sh_all_planned",
     r"\b(got it all|its all|all) (planned|worked out|sorted|arranged)\b( \S+){0,8} (when|while|"
     r"whilst|once) (everyone|everybodys|everyones|everybody|nobody|no one|noones|hes|shes|"
     r"theyre|the house)( is| s| will be| are)? (out|gone|away|at work|asleep|empty|home)\b"
     r"|\bi (wont|will not) be (around|here) to (raise|see|bring up|look after|watch|meet)\b"
     r"|\b(take|have|raise|keep) (the baby|him|her|them|the kids) for good\b( \S+){0,10} (i "
     r"(wont|will not|cant)|im not (going to be|gonna be))\b"),
    ("sh_means_together",
     r"\b(vodka|wine|gin|whisky|whiskey|alcohol|booze|rum) (and|with|next to|beside) (all )?(my |"
     r"the |some )?(pills|tablets|antidepressants|sleeping pills|painkillers|meds|paracetamol)\b"
     r"|\b(pills|tablets|antidepressants|sleeping pills|painkillers|meds|paracetamol) (and|with|"
     r"next to|beside) (a |the )?(bottle of )?(vodka|wine|gin|whisky|whiskey|alcohol|booze|rum)\b"
     r"|\b(take|swallow|neck|down) (all of them|them all|the lot|every one|every last one)( at "
     r"once| in one go)?( tonight| now| today)?$"
     r"|\b(tallest|highest) (bridge|bridges|building|buildings|cliff|cliffs|car park|car parks|"
     r"multi storey|multi storeys|tower|towers) (near|around|close to|in)\b"
     r"|\b(bridge|cliff|cliffs|tracks|railway|river|motorway|flyover|car park)\b( \S+){0,6} "
     r"(thought about it|thinking about it|think about it|thought about doing it|thought about "
     r"jumping|thinking about jumping)\b"
     r"|\b(hit|hitting|punch|punching|slap|slapping|bang|banging|scratch|scratching|pinch|"
     r"pinching|bite|biting|burn|burning) (\S+ ){0,4}(to feel something|to feel anything|until "
     r"it hurts|until i bleed|until i bruise|to punish myself|to feel real)\b"),
    ("sh_ligature_and_height",
     r"\b(tied|tying|tie|made|making) (a )?(knot|loop|noose|slipknot) (in|with|from|out of|on) "
     r"(the|my|a|his|her) (\S+ )?(cord|belt|rope|scarf|tie|sheet|cable|lead|flex|strap)\b"
     r"|\b(standing|stood|stand|climbed|climbing) on (the|a|my) (chair|stool|ladder|bucket|"
     r"bannister|banister)( \S+){0,4} (with|and) (the|a|my) (belt|rope|cord|scarf|cable|noose|"
     r"flex|dressing gown cord|lead)\b"
     r"|\bthe drop (from|off|over|below|under) (our|the|my|that) (balcony|bridge|roof|window|"
     r"cliff|cliffs|car park|multi storey|flats|flyover|landing)\b"
     r"|\bgarage\b( \S+){0,6} (engine|car) (running|on)\b"
     r"|\b(bridge|cliff|cliffs|tracks|level crossing|railway|river|motorway|flyover)\b( \S+){0,10}"
     r" (slow down|slowed down|pull over|pulled over|stop the car|lean over|leaned over|wanted to "
     r"stop|want to stop)\b"
     r"|\b(let|letting|lets) the car (drift|drive|roll|swerve|veer|go) (into|off|onto)\b"
     r"|\b(swerve|swerving|veer|veering|drift|drifting|steer|steering|drive|driving) (straight )?"
     r"into (the |a |an )?(oncoming|lorry|truck|wall|tree|bridge|river|traffic|lamppost)\b"
     r"|\bnot (turning|turn|steering) (the wheel|at the bend|round the bend)\b"
     r"|\b(how|where) (to|i could|i can|do you|do i) (get|buy|get hold of) (a gun|a firearm|"
     r"rope|a rope|a noose|enough pills)\b"
     r"|\b(hope|hoping|wish|wishing) (the|my) (plane|car|train|bus|taxi) (crashes|crash|goes down|"
     r"comes off|hits something|breaks down on the tracks)\b"
     r"|\b(holding|hold|held|hold) my (breath|head) under (the )?(bath )?(water|bath)\b"),
    ("sh_means_and_alone",
     r"\b(pills|tablets|rope|razor|blade|knife|belt|paracetamol)( \S+){0,6} (and )?(nobody|no "
     r"one|noone)( is|s| will be)? (home|here|in|around|back until|back till)\b"
     r"|\b(got|has|have|bought|hoarded|saved) (\S+ ){0,2}(pills|tablets|rope|a knife|razor|blade|"
     r"paracetamol)( \S+){0,6} (going to|gonna|about to|will|ll) do it\b"
     r"|\b(what|which|how much) (\S+ ){0,3}(dose|amount|doses|many|much)( of)?( \S+){0,2} "
     r"(is|would be|are|is a) (fatal|lethal|deadly|enough to (kill|die))\b"
     r"(?!( \S+){0,6} (baby|babies|child|children|toddler|kids|newborn|dog|cat)\b)"
     r"|\b(doing|do|did) (them|him|her|everyone|the kids|my family|the world|everybody) a favour "
     r"(by (going|leaving for good|dying|disappearing|not being here|being gone|ending it)$|if i "
     r"(died|went|was gone|wasnt here|disappeared))"
     r"|\bafter (tonight|today|this weekend|tomorrow) (none of this|nothing|it|this) (will|wont|"
     r"is going to|isnt going to) (matter|be my problem|be a problem|hurt)\b"
     r"|\b(wont|will not|not going to|never going to|never gonna|not gonna) (see|be there to see|"
     r"be around to see|watch) (her|him|them|my \S+|the baby) (turn (one|two|three|1|2)|grow up|"
     r"start school|walk|first birthday|birthday)\b"
     r"|\b(i have|ive got|theres) no future( for me| left| anymore)?\b(?! (plans|in this job|in"
     r"|here|with him|with her|with this)\b)"
     r"|\b(dont|do not|not) (plan|planning|intend|intending) (on |to )?(waking|wake) up\b(?! "
     r"(till|until|before|early|for)\b)"
     r"|\b(for|to) whoever (has|looks after|takes|gets|ends up with|raises) (her|him|them|the "
     r"baby|the kids)( next| after me| when im gone| now)?$"),
]

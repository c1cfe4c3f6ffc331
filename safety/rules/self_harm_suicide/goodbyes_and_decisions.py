"""Self-harm described without its words (second round): goodbyes, final messages,
decisions made and methods described.

Covers a ligature ready, final messages, a method described or known, last goodbyes, calm once
decided, unsafe tonight, intent told to someone, things in order, a painless way saved, fading
away, one's own funeral, a high place, locked in with means, who gets the baby, thanks as a
goodbye, giving things away.
Borderline: "your help won't be needed anymore" said of a latch that now works, passwords
written down before labour are ordinary.
"""

from safety.rules.family import Examples
from safety.rules.shared import SELF

RULES: list[tuple[str, str]] = [
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
]

EXAMPLES = Examples(
    must_match=(
        "i've said goodbye to my baby and i'm leaving tonight for good",
        "im in the bathroom with the door locked and a packet of blades",
    ),
    must_not_match=(
        "thanks so much, your help won't be needed anymore, she's latching now!",
        "i wrote down all the passwords for my husband before i went into labour, just in case",
    ),
)

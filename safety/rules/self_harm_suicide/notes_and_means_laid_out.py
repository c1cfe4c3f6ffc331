"""Self-harm described without its words (third round): a note left, means laid out, a place
visited, a method asked about, dying imagined as a relief, arrangements for after.

Borderline: a note counts when written now for someone ("note's on the table"); a past note, a
note for the nursery or a time-capsule letter do not. A hotel "so nobody finds us" for sleep and
a bath with wine are ordinary.
"""

from safety.rules.family import Examples

RULES: list[tuple[str, str]] = [
    # Families below describe the situation without its topic word: a note left for someone,
    # means laid out, a place visited, a method asked about, dying imagined as a relief.
    ("sh_note_left",
     # A note written for a named person or left out where it will be found; "a note for the
     # nursery" or "a note in the diary" name no person and no place to be found.
     r"\b(ive written|i have written|i ve written|ive left|i have left|i ve left|left|leaving|ive "
     r"put|i ve put|ive typed) (\S+ ){0,2}(a|the|my|some) "
     r"(note|letter|letters|notes)( \S+){0,2} (for|to) (my|him|her|them|everyone|the kids|"
     r"each of)\b(?!( \S+){0,3} (about|with|asking|reminding|saying thanks|thanking|to (remind"
     r"|say|ask|tell (him|her|them) (about|to|what))|from the|school|nursery|teacher|childminder|"
     r"milkman|postman|neighbour|midwife|hv|health visitor|gp|doctor|baby|first birthday|"
     r"birthday|on the fridge|in the fridge)\b)"
     r"|\b(note|notes|letter|letters|envelope|envelopes) (is |are |s )?(on|by|under) (the|my) "
     r"(table|kitchen table|pillow|bed|side|mantelpiece|fridge|dashboard)\b( \S+){0,8} "
     r"(thank|thanks|goodbye|bye|sorry|love you|baby|asleep|dinner|all done)\b"
     r"|\b(envelope|envelopes) (\S+ ){0,4}(with|and) (a |my )?(letter|note)\b"
     r"|\b(letter|note|letters|notes) (\S+ ){0,3}(explaining (everything|why|it all)|saying "
     r"(sorry|goodbye) (to|for) (everything|every)|to say goodbye)\b(?!( \S+){0,3} (babysitter|"
     r"childminder|nanny|nursery|grandparents|sitter|teacher|school|mil|in law)\b)"
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
     r"(?<!who says )(?<!who said )(?<!who keeps saying )(?<!who tells me )"
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
     r"|\b(looks|look|looked|make it look|seem|seems) like an accident\b(?! waiting)(?!( \S+)"
     r"{0,6} (baby|him|her|toddler)\b)"
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
     r"|\b(the|a|that) (big |huge |long |sheer |massive )?drop (from|off|over|below|under) (our|"
     r"the|my|that|a) (\S+ )?(balcony|bridge|roof|window|"
     r"cliff|cliffs|car park|multi storey|flats|flyover|landing)\b"
     r"|\bgarage\b( \S+){0,6} (engine|car) (running|on)\b"
     r"|\b(bridge|cliff|cliffs|tracks|level crossing|railway|river|motorway|flyover)\b( \S+){0,10}"
     r" (slow down|slowed down|pull over|pulled over|stop the car|lean over|leaned over|wanted to "
     r"stop|want to stop)\b"
     r"|\b(let|letting|lets) the car (drift|drive|roll|swerve|veer|go) (into|off|onto)\b"
     r"|\b(swerve|swerving|swerved|veer|veering|veered|drift|drifting|drifted|steer|steering|"
     r"steered|drive|driving|drove) (\S+ )?(straight )?"
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
    ("sh_found_in_the_morning",
     # Who will find the parent, and when, said ahead of time.
     r"\b(theyll|they will|they ll|hell|he will|he ll|shell|she will|she ll|someone will|"
     r"somebody will|my husband will|my partner will|nobody will|no one will) (\S+ )?find (me|my "
     r"body)\b(?! (asleep|on the sofa|in bed asleep|snoring|passed out asleep|crying|in the "
     r"kitchen))( \S+){0,3} (in the morning|tomorrow|when|after|before|first|till|until|$)"
     r"|\bfind my body\b"
     r"|\b(sorry|apologies|im sorry) (to )?(whoever|who ever|the person who|whoever has to|to "
     r"the person who) (reads this|finds (this|me)|has to find|will find)\b"
     r"|\b(nobody|no one|noone) (would|will|d) (know|notice|find me|find out|realise|check) "
     r"(till|until|before|for) (the )?(morning|tomorrow|monday|tuesday|wednesday|thursday|"
     r"friday|saturday|sunday|hours|days|it was too late)\b"
     r"|\b(dont|do not|no need to|dont need to) (worry|bother) about me (after|from|past|beyond) "
     r"(tonight|today|now on|this|tomorrow)\b"
     r"|\b(this is|this will be|thats|that was) (the|my) (last|final) (time ill|time i will|time i "
     r"ll|message|post|time youll hear from me|time i message|time im messaging)\b(?!( \S+){0,4} "
     r"(about|asking|lol|haha|promise|today|before (bed|bedtime|the weekend)|i swear)\b)"),
    ("sh_arrangements_after",
     r"\b(written|wrote|writing|write) (\S+ ){0,2}(letters|notes|a letter|a note|videos) (to|for) "
     r"(both|each|all|every one) (of )?(the |my |our )?(kids|children|boys|girls|them)\b"
     r"|\b(giving|gave|given|give) (all )?(of )?my (stuff|things|belongings|possessions|jewellery|"
     r"jewelry|favourite things|treasures) (away )?(to|away)\b(?!( \S+){0,4} (charity|marketplace|"
     r"facebook|vinted|ebay|the charity shop|declutter|decluttering|baby|maternity)\b)"
     r"|\b(sorted|sorting|decided|worked out|arranged|arranging|figured out|know) (out )?(who|whod|"
     r"who would|who will|wholl|who is going to|who should) (have|take|look after|raise|get|bring "
     r"up|keep) (the baby|the kids|the children|him|her|them|my (baby|son|daughter|kids|"
     r"children))\b(?!( \S+){0,6} (while|when|on|for|during|at|so i can|tomorrow|next|this|"
     r"weekend|week|shift|appointment|operation|op|surgery|hospital|wedding|holiday|night out)\b)"
     r"|\bwhen (he|she|they|my (husband|partner|wife|mum|boyfriend|girlfriend)) (gets|comes|get|"
     r"come) (home|back)\b( \S+){0,10} (ive|i have|i ve|i) (left|got|put) everything (ready|sorted|"
     r"in order|organised|labelled|out)\b"
     r"|\b(ive|i have|i ve|i) (left|got|put) everything (ready|sorted|in order|organised|labelled)"
     r"\b( \S+){0,10} when (he|she|they|my (husband|partner|wife|mum|boyfriend|girlfriend)) (gets|"
     r"comes) (home|back)\b"
     r"|\b(booked|book|booking|checked into|checking into) (a |an )?(hotel|hotel room|room|b and b|"
     r"bnb|airbnb|travelodge|premier inn)\b( \S+){0,10} (paracetamol|pills|tablets|rope|vodka|"
     r"razor|blades|painkillers)\b"
     r"|\b(he|she|they|my \S+|mates|mate|friend|friends|sister|brother|partner|husband|wife) (just "
     r")?(posted|texted|sent|messaged|wrote|put up) (me |us )?(\S+ ){0,3}(goodbye|farewell)"
     r"( message| post| text| note)?\b(?! to (her|his|their|the) (job|maternity|old|flat|house|"
     r"team|colleagues)\b)"),
]

EXAMPLES = Examples(
    must_match=(
        "ive decided. its ok. i feel calm for the first time in weeks",
        "i put my wedding ring in an envelope for him with a letter",
    ),
    must_not_match=(
        "we booked a hotel room so nobody finds us for a weekend of sleep lol",
        "i'm in the bath with a glass of wine while dad does bedtime",
    ),
)

"""Harm to the baby: someone has hurt the baby, or the parent has thoughts, urges or threats
of hurting it. Fear of an accident and the baby's own movements are not harm."""

from safety.rules.shared import AFFECTION, BABY, CHILD, HARM_VERB, OBJECT_END, verb_forms

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

# (rule id, pattern). The first rule to match names the result.
HARM_TO_BABY_RULES: list[tuple[str, str]] = [
    ("hb_harm_act",
     # "a choking baby": a participle before a bare noun describes the baby, nobody hurts it.
     r"(?!\w+ing (baby|babies|newborn|infant|infants|child|kid|little one)\b)"
     rf"\b{HARM_VERB} ({BABY}\b|him\b|her{OBJECT_END}|them{OBJECT_END})"
     r"(?! (off|up|out|a bottle|a bath|a feed|a dummy|some|laughing|giggling|back to sleep|"
     rf"{AFFECTION}|"
     r"to sleep|in the air|into the air|up in the air|in the pool|a kiss|a ball|a party|a surprise|"
     r"a look|a smile|their|on his "
     r"back|on her back))"),
    ("hb_rough",
     rf"\b(grab|grabbed|grabbing|grabs|yank|yanked|yanking|pull|pulled|pulling|push|pushed|"
     rf"pushing|pushes|drag|dragged|jerk|jerked) ({CHILD}) (\S+ ){{0,3}}(too hard|so hard|really "
     rf"hard|hard|roughly|by the (arm|arms|leg|legs|neck|hair|ankle|ankles|wrist|wrists)|away "
     rf"(too )?hard|down hard|over hard|against)\b"),
    ("hb_put_in",
     rf"\b(put|putting|place|placing|throw|throwing|drop|dropping|shut|shutting|lock|locking) "
     rf"({CHILD}) (in|into|inside|under|down) (the |a )?(oven|microwave|freezer|fridge|washing "
     rf"machine|tumble dryer|dryer|fire|bin|river|sea|canal|lake|toilet|boot)\b"),
    ("hb_injured_baby",
     r"\bi (think i |might have |may have |accidentally |just )?(broke|broken|fractured|hurt|"
     r"injured|burnt|burned|bruised|dislocated|scalded) (my |the )?(babys|sons|daughters|childs|"
     r"his|her) (arm|leg|wrist|head|face|skin|hand|ribs|rib|collarbone|shoulder|skull|neck)\b"
     rf"|\b(threw|throw|throwing|chucked|hurled|flung|lobbed) (\S+ ){{0,3}}at ({BABY})\b"
     rf"|\b(im|i am|i am just|i really am) not safe (to be )?(alone )?(with|around|near) "
     rf"({CHILD})\b"),
    ("hb_held_hard",
     rf"\b(held|hold|holding|squeezed|squeeze|gripped|grip|pressed|press) ({CHILD}) (\S+ ){{0,3}}"
     r"(too tight|too hard|tightly|so tight|really tight|hard|tight) (\S+ ){0,2}(on purpose|"
     r"deliberately|to make (him|her|them|it) stop|until (he|she|they) stopped)\b"
     r"|\b(shook|shake|shakes|shaking|kicked|kick|kicks|hit|hits|banged|bang|bangs|slammed|slam|"
     r"slams|rocked|punched|punches) (the|his|"
     r"her|their) (cot|crib|moses basket|bassinet|pram|car seat|bouncer|basket) (\S+ ){0,3}"
     r"(hard|really hard|so hard|violently|with (him|her|them|the baby) in)\b"),
    ("hb_poison",
     rf"\b(poison|poisoned|poisoning|poisons|drug|drugged|drugging|sedate|sedated|sedating) "
     rf"{BABY}\b(?! (food|bottle|cupboard|safety|lock))"),
    ("hb_harm_body",
     r"(?<!pretend to )(?<!pretending to )(?<!gently )(?<!playfully )\b("
     + verb_forms("smack", "slap", "punch", "pinch", "twist", "yank", "burn", "kick", "whack",
                  "hit", "thump", "wallop", "bash", "bite", "scald", "stamp")
     + r"|burnt|bit|struck|shook) (his|her|their|"
     r"the babys|my babys|babys) (leg|legs|arm|arms|hand|hands|face|head|bottom|bum|back|"
     r"cheek|cheeks|body|tummy|mouth|ear|ears|wrist|wrists|neck|fingers|finger|toes|toe|feet|"
     r"foot|nose)\b(?!( \S+){0,4} (playfully|gently|lol|haha|to make (him|her|them) (laugh|"
     r"giggle)|and (he|she|they) (laughs|laughed|giggles|giggled|loves|loved)))"),
    ("hb_cover_with",
     r"\b(pillow|cushion|hand|hands|blanket|towel|muslin|bag|cloth) (over|on|across|against) "
     r"(his|her|their|the babys|my babys|babys) (face|mouth|nose|head|airway|neck)\b"
     r"(?! (to (shield|protect|block) ))(?!( \S+){0,4} (by accident|accidentally)\b)"),
    ("hb_cover_face",
     r"\b(covered|cover|covering|held|hold|holding|pressed|pressing|pushed|pushing) (his|her|"
     r"their|the babys|my babys|babys) (face|mouth|nose)\b(?! (with (kisses|sun ?cream|"
     r"suncream|sunscreen|cream|a hat|a muslin from|the muslin from)|from the (sun|wind|rain)))"
     r"(?! (into|against|to) my (chest|shoulder|neck|boob|breast|body)|( \S+){0,6} (to comfort|for "
     r"comfort))"),
    ("hb_hold_under",
     r"\b(hold|holding|held|push|pushing|pushed|put|putting|keep|keeping) (him|her|them|"
     rf"{BABY}) (under|underwater|under the water|face down)\b(?! (the covers|a blanket|"
     r"the duvet|the tap))"),
    ("hb_drop_deliberately",
     rf"\b(drop|dropping|dropped|let go of|letting go of|throw|throwing) ({BABY}|him|her|them) "
     r"(\S+ ){0,8}(on purpose|deliberately|over the (banister|banisters|balcony|bridge|edge|"
     r"side|railing|railings)|out (of )?the window|down the stairs|off the (balcony|bridge|"
     r"roof))\b"),
    ("hb_do_something",
     rf"\b(do something|do something bad|do something terrible|do something awful|do "
     rf"something stupid|do something i regret|do something i will regret|do something to|"
     rf"snap and do something) (\S+ ){{0,3}}(to )?({BABY}|him|her{OBJECT_END}|them)\b"
     rf"|\b(something|anything) (\S+ ){{0,2}}to ({BABY})\b(?! (like|such|that|which))"
     r"(?= (if|when|because|before|i|im|tonight|right now|$))"),
    ("hb_dont_trust",
     rf"\b(dont|do not|cant|cannot|can not|couldnt|no longer) (trust|be trusted|be left) "
     rf"(myself )?(alone )?(with|around|near) ({BABY}|him|her|them)\b"
     rf"|\b(shouldnt|should not|cant|cannot|can not|not safe to) be (left )?(alone )?"
     rf"(with|around|near) ({BABY}|him|her)\b(?! (because (he|she) (is|s) (ill|sick)))"
     rf"|\b({BABY}|he|she|they) (isnt|is not|arent|are not|wont be|wouldnt be) safe (with|"
     r"around|near) me\b"
     # "my baby would be better off without me" is about the parent: the self-harm rules.
     rf"|\b({BABY}|he|she|they|him|her) (would be|is|d be|will be|would|are|would all be) "
     r"(safer) (without me|away from me|with(out)? me (near|around)|if i "
     r"(wasnt|werent|was not) (near|around) (him|her|them|it))\b"),
    ("hb_what_i_might_do",
     rf"\b(afraid|scared|frightened|terrified|worried|worry|fear|fearful|unsure|dont know) (of )?"
     rf"what i (might|could|would|will|may|am going to|m going to|ll) do (to|with) ({CHILD})\b"
     rf"|\b(dont|do not|not|never) feel safe (being )?(alone )?(with|around|near) ({CHILD})\b"),
    ("hb_on_purpose",
     rf"\b(left|leave|leaving|locked|lock|shut|ignored|ignore|ignoring|ignores|starved|starve|let) "
     rf"({CHILD}) "
     rf"(\S+ ){{0,5}}(on purpose|deliberately|to (die|suffer|punish))\b"),
    ("hb_take_with_me",
     rf"\b(take|taking|took|bring|bringing) ({BABY}|him|her|them) with me (when i go|when i die|"
     r"if i go|if i die|if i end|when i end|too|to heaven|to the other side)\b"
     rf"|\b(think|thinking|thought|thoughts|imagine|imagining|considered|considering|want to|"
     rf"going to) (about |of )?(taking|take) ({BABY}|him|her|them) with me\b(?! (to|on|"
     r"shopping|for))"
     rf"|\b(kill|end) (us both|both of us|the two of us|myself and ({BABY}|him|her|them))\b"),
    ("hb_left_alone",
     rf"\b(left|leave|leaving) ({BABY}|him|her|them) (home alone|alone at home|alone in the "
     r"(house|flat|car|bath)|on (his|her|their) own in the (house|flat|car|bath)) (and|to|"
     r"while i|then) (went|go|drove|drive|walked|walk|left|ran|run)"),
    ("hb_thoughts_of_harm",
     r"\b(thoughts|thought|images|image|pictures|urges|urge|visions|ideas|impulses|flashes) "
     r"(\S+ ){0,6}(of|about) (\S+ ){0,2}(hurting|harming|killing|shaking|smothering|"
     r"suffocating|drowning|stabbing|throwing|dropping|hitting|strangling|choking|"
     r"poisoning|burning|squeezing|smacking|abusing|starving|snapping (his|her) neck)\b"
     r"(?! (myself|me|him\b (with|by) (kindness|love))|himself|herself)"),
    ("hb_what_if",
     rf"\b(what if|imagine if|what would happen if|thinking what if|thought what if) i (just |"
     rf"suddenly |accidentally on purpose |actually )?(drop|dropped|throw|threw|shake|shook|hurt|"
     rf"hit|smother|smothered|suffocate|suffocated|drown|drowned|let go of|squeeze|squeezed|"
     rf"stab|stabbed|strangle|strangled) ({CHILD})\b"),
    ("hb_scared_of_harm",
     r"\b(scared|afraid|frightened|terrified|worried|worry|fear|fearing|feel like|feel|think|"
     r"thinking|thought|what if) (\S+ ){0,4}(i will|i might|i could|i would|ill|id|i may|im "
     r"going to|i am going to|i ll) (\S+ ){0,3}(hurt|harm|kill|shake|hit|smother|drown|throw|"
     r"snap and|lose it and|lose control and|do something to|suffocate|strangle)\b"
     r"(?! (my back|myself|my|the dog|the cat|him when|her when))"),
    ("hb_want_harm",
     r"\b(want|wanted|wanting|urge|urges|tempted|need) (to )?(hurt|harm|kill|shake|hit|"
     r"smother|drown|throw|slap|smack|strangle|suffocate|punch|squeeze|stab|get rid of) "
     rf"({BABY}\b|him\b|her{OBJECT_END}|them{OBJECT_END}|it (so|to stop|to shut up|till|until))"
     rf"(?! {AFFECTION})"),
    ("hb_get_rid",
     rf"\bget rid of ({BABY}|him|her|them)\b(?! (cold|cough|wind|colic|hiccups|reflux|"
     r"rash|cradle cap|dummy|habit|thrush|nappy rash|eczema|the))"),
    # Situations described without the topic word (from messages written without the rules).
    ("hb_swung_by_limb",
     r"\b(swung|swing|swinging|swings|dangled|dangling|dangle|dangles|lifted|lifts|yanked|held|"
     r"holds|holding|hung|drag|drags|dragged|dragging|"
     r"pulled|picked|hoisted|jerked|flung) (\S+ ){0,2}(him|her|them|the baby|baby|my baby|"
     r"my son|my daughter) (\S+ ){0,4}by (his|her|their|the|one|both) (arm|arms|wrist|wrists|"
     r"hand|hands|leg|legs|ankle|ankles|foot|feet|neck|head|hair)\b(?!( \S+){0,8} (lol|haha|"
     r"loves it|loved it|giggl\S*|laugh\S*|game|play|playing|aeroplane|airplane|practi\S*|stand|"
     r"standing|walk|walking|bounce|bouncing|dance|dancing|so (she|he|they) (could|can)))"),
    ("hb_forceful_touch",
     r"\b(" + verb_forms("squeeze", "grip", "flick", "twist", "pinch", "yank", "grab", "bend",
                         "press", "jab", "poke", "prod", "slap", "smack", "shake", "push",
                         "bounce", "jiggle", "jostle", "plonk", "toss")
     + r"|shook|bent) (\S+ ){0,1}(his|her|their|the babys|babys|him|her|them|the baby|my baby)"
     r"( (little|tiny|poor|small|chubby|wee))? (\S+ ){0,3}(really hard|so hard|too hard|hard|"
     r"roughly|violently)\b"
     r"|\b(" + verb_forms("squeeze", "grip", "flick", "twist", "pinch", "yank", "grab", "press",
                          "jab", "poke", "prod")
     + r") (\S+ ){0,1}(his|her|their|the babys|babys|him|her|them)( (little|tiny|poor|small|"
     r"chubby|wee))? (\S+ ){0,8}(bruise|bruises|bruised|marks|red mark|finger marks|fingermarks|"
     r"until (he|she|they) (screamed|cried|yelped))\b"),
    ("hb_shut_away",
     rf"\b(shut|shuts|shutting|locked|locks|locking|lock) ({CHILD}) (\S+ ){{0,2}}(in|inside|out "
     r"in|outside in) (the |a )?(garage|shed|cupboard|wardrobe|car|cellar|basement|loft|attic|"
     r"boot|cold|dark|bin)\b"
     rf"|\b(shut|shuts|shutting|locked|locks|locking|lock) ({CHILD}) (\S+ ){{0,2}}(in|inside) "
     r"(the |a |her |his |their )?(room|bedroom|bathroom|nursery|kitchen)\b( \S+){0,6} (on (her|"
     r"his|their) own|alone|(and )?wouldnt let me|for hours|in the dark|screaming|to scream|all "
     r"(day|evening|night|afternoon|morning))\b"),
    ("hb_deliberate",
     r"\b(dropped|threw|tossed|chucked|flung|dumped|slammed|banged|pushed|shoved|squeezed|"
     r"pinched|bit|hit|shook|jerked|yanked|plonked|thrown) (him|her|them|the baby|my baby|"
     r"my son|my daughter) (\S+ ){0,8}(on purpose|deliberately|because i was (so |really )?"
     r"(angry|mad|furious|frustrated|fed up|annoyed|fuming|raging|livid|cross)|out of anger|in "
     r"anger|in a rage|to (hurt|"
     r"punish|teach) (him|her|them))\b"
     rf"|\b(let|letting) ({CHILD}) (\S+ )?(fall|drop|roll off|drown|slip under|go under|choke|"
     r"suffocate|starve)\b( \S+){0,4} (on purpose|deliberately)\b"
     r"|\b(not|without) (doing up|buckling|strapping|fastening|clipping) (\S+ ){0,4}(straps?|"
     r"buckle|harness|seatbelt|belt)\b( \S+){0,6} (on purpose|deliberately|and (then )?(drive|"
     r"driving|crash|see what))"),
    ("hb_thought_letting",
     r"\b(how easy it (would be|is|d be|would have been)|tempting|urge|urges|thought|thoughts|"
     r"imagine|imagining|picture|picturing|think|thinking) (\S+ ){0,4}(to |about |of )?(just )?"
     rf"(let go of|letting go of|drop|dropping|let) ({CHILD}|(his|her|their|the babys) head)"
     r"( (fall|slip|go under|drown|under))?\b(?! (go|off|out|down gently|in the cot))"
     r"|\blet go of (his|her|their|the babys) head\b(?! (support|to))"
     r"|\b(pillow|cushion|pillows|cushions) (\S+ ){0,2}(near|by|close to|next to|towards|to|"
     r"over|on|onto|against|above|up to|down to|down on|down over) (his|her|their|the babys|"
     r"babys|my babys) (face|mouth|nose|head)\b(?! (to prop|for (support|reflux)))"),
    ("hb_head_tells",
     r"\bwhat (my head|my brain|my mind|the voice|the voices|my thoughts|the thoughts|my own head)"
     r" (tells|is telling|keeps telling|says|tell|keep telling|wants|makes|wants me|told) "
     r"(me )?(to do|to)\b"
     r"|\b(scared|afraid|frightened|terrified|dont want|dread|dreading|worried) (\S+ ){0,2}"
     rf"(alone|on my own) with ({CHILD}) (because|cause|cos|in case) (of )?(what|the thoughts|my "
     r"thoughts|my head|my brain|i might|what i|i will|i could|i would|ill)\b"),
    ("hb_wish_gone",
     rf"\b(want|wanted|wish|wishing|wished|need|needed) ({BABY}|him|her|them) to (stop existing|"
     r"not exist|die|be dead|stop breathing|never wake|not wake up|vanish|never have been born|"
     r"not have been born)\b"
     rf"|\b(wish|wishing|want|hope|hoping|pray|praying) (that )?({BABY}|he|she|they) (would|"
     r"will|could|d|might) (just )?(die|stop breathing|not wake up|never wake up|stop existing)\b"
     rf"|\b(wish|wishing|want|hope|hoping) (that )?({BABY}) (would|will|could|d|might) (just )?"
     r"(disappear|vanish|be gone)\b"),
    ("hb_in_anger",
     r"\b(banged|bumped|hit|hurt|bruised) (his|her|their) (head|face|arm|leg)\b( \S+){0,8} (on "
     r"purpose|deliberately|because i was (so |really )?(angry|mad|furious|frustrated|annoyed|fed "
     r"up)|in anger|out of anger)\b"
     r"|\b(put|placed|plonked|dumped|laid|lay|threw|dropped|slammed) (him|her|them|the baby) "
     r"(down )?(in|into|on|onto) (his|her|their|the) (cot|crib|bed|moses basket|bouncer|pram|car "
     r"seat|mattress) (\S+ ){0,3}(too hard|so hard|really hard|roughly|hard)\b"
     rf"|\b(left|leave|leaving) ({CHILD}) (\S+ ){{0,2}}(in|inside) (the |a )?(garage|shed|cellar|"
     r"basement|loft|attic|bin)\b"),
    ("hb_punished",
     rf"\b(put|putting|puts|left|leave|leaving|shut|locked) ({CHILD}) outside (\S+ ){{0,3}}(in the "
     r"cold|in the rain|in just|naked|in (his|her|their) nappy|at night|in the dark|in the snow)\b"
     r"|\b(to teach (him|her|them)( a lesson)?|to punish (him|her|them))$"
     r"|\bto teach (him|her|them|the baby) a lesson\b"
     rf"|\b(dangled|dangle|dangles|dangling|held|hold|holds|holding|hung"
     rf"|hangs) ({CHILD}) (\S+ ){{0,2}}(over|out of|"
     r"off) the (balcony|banister|bannister|edge|railing|railings|window|bridge|stairs|stairwell)\b"
     rf"|\b(things|stuff|what) (i|im) (think|thinking|thought|imagine|imagining|picture|picturing)"
     rf" (about |of )?(doing|do) to ({CHILD})\b"),
    ("hb_dosing",
     r"\b(put|putting|puts|add|adding|added|mix|mixing|mixed|slip|slipping|slipped|give|giving|"
     r"gave|gives) (\S+ ){0,3}(gin|vodka|whisky|whiskey|brandy|rum|wine|alcohol|beer|sleeping "
     r"pills?|sleeping tablets?|weed|cannabis|drugs|diazepam|valium)\b( \S+){0,6} (bottle|milk|"
     r"formula|to make (him|her|them) sleep|to knock (him|her|them) out|sleep|settle|quiet)\b"
     r"|\b(give|giving|gave|gives|dose|dosing|dosed) (him|her|them|the baby) (\S+ ){0,3}"
     r"(medicine|calpol|piriton|phenergan|benadryl|nytol|cough medicine|meds|medication|"
     r"melatonin)\b( \S+){0,6} ((he|she|they) (doesnt|dont|does not|didnt) need|to knock (him|her|"
     r"them) out|to shut (him|her|them) up|to keep (him|her|them) quiet|to sedate)\b"
     rf"|\b(put|putting|puts|shut|shutting|locked|lock|locking|left|leave|leaving) ({CHILD}) "
     r"(in|into|inside) (the |a )?(dark |cold |locked )?(cupboard|wardrobe|cellar|closet|car boot|"
     r"dark room|dog crate|crate|cage|kennel)\b(?!( \S+){0,3} (joking|jk|lol|haha|only joking))"),
    ("hb_rough_described",
     r"\b(shouted|shouts|shouting|screamed|screams|screaming|yelled|yelling|yells|swore|swearing) "
     r"(right )?in (his|her|their|the babys) (face|ear)\b(?!( \S+){0,4} (by accident|accidentally|"
     r"sneez\S*|lol))"
     r"|\b(pushed|pressed|held|forced|shoved|pushing|pressing|holding|forcing) (his|her|their|the "
     r"babys) (head|face) (down )?(into|in|against|onto) (the |a )?(mattress|pillow|bed|cot|sofa|"
     r"water|bath|cushion)\b"
     rf"|\b(leaves|left|leaving|leave) ({CHILD}) (\S+ ){{0,2}}(in the car|alone|home alone|on "
     r"(his|her|their) own) (\S+ ){0,3}(for hours|for ages|all day|all night|while (she|he|they|i) "
     r"(s |is |was |are )?(in the pub|at the pub|out drinking|drinking|out partying))\b"
     rf"|\b(put|leave|leaving|putting|left) ({CHILD}) in the bath (\S+ ){{0,2}}(and )?(walk away|"
     r"walked away|walking away|leave (him|her|them)|go out|went out)\b"
     rf"|\b(leave|leaving|left|dump|dumping|dumped|abandon|abandoning|abandoned) ({CHILD}) (on|at|"
     r"outside) (someones|a|the|a strangers) (doorstep|front door|hospital|church|fire station|"
     r"police station)\b"),
    ("hb_force_and_cover",
     r"\b(forces|forced|forcing|shoves|shoved|shoving|rams|rammed|jams|jammed|pushes|pushed) (the "
     r"|a "
     r"|her |his )?(bottle|dummy|teat|spoon|food) (in|into) (\S+ ){0,3}(so hard|hard|roughly|until|"
     r"till)\b"
     r"|\b(cold|freezing|ice|icy|cold water) (bath|water|shower)\b( \S+){0,6} (to (shock|punish|"
     r"teach|quiet|shut)|when (she|he|they) (screams|cries|wont))\b"
     r"|\bi\b( \S+){0,6} (hit|smacked|tapped|slapped|pinched|squeezed|did it|flicked|grabbed)\b"
     r"( \S+){0,8} (left|leaving|leaves) (a |red |finger |hand |big )*(mark|marks|handprint|"
     r"bruise|welt)\b"
     r"|\b(press|pressing|pressed|push|pushing|pushed|sit|sitting|sat|lean|leaning|leant) (down )?"
     r"on (his|her|their|the babys) (chest|tummy|neck|throat) (\S+ ){0,3}(until|till|to make|so "
     r"(he|she))\b"
     r"|\b(tape|sellotape|gaffer tape|duct tape|a sock|a cloth|a muzzle|my hand) (over|on|across"
     r"|in)"
     r" (his|her|their|the babys) (mouth|face|nose)\b(?!( \S+){0,4} (by accident|accidentally)\b)"
     r"(?!( \S+){0,3} (to (stop|block) the (sun|"
     r"light)|lol))"
     rf"|\b(locked|shut|left) ({CHILD}) (\S+ ){{0,2}}in (her|his|their|the) (room|bedroom|nursery)"
     r"( \S+){0,4} (and )?(went out|go out|left the house|went to the pub|went to work|for (a few|"
     r"several|\d+) hours)\b"),
    ("hb_rough_lifting",
     r"\b(squeezing|pinching|gripping|twisting|squeezed|pinched|gripped|twisted) (his|her|their"
     r"|the "
     r"babys) (arm|arms|leg|legs|wrist|wrists|thigh|thighs|foot|feet)\b( \S+){0,4} (until|till|to "
     r"make (him|her) stop|when (she|he) (wont|wouldnt|screams|screamed|cries|cried))\b"
     rf"|\b(picks|picked|pick|lifts|lifted|lift|holds|held|grabs|grabbed|drags|dragged|carries|"
     rf"carried) ({CHILD}) up by (the|her|his|their) (neck|scruff|collar|hair|clothes|sleepsuit|"
     r"babygro|vest)\b(?!( \S+){0,6} (lol|joking|jk|haha)\b)"
     r"|\b(hit|hurt|bumped|banged|knocked|dropped|squeezed|pinched) (\S+ ){0,4}(by accident on "
     r"purpose|accidentally on purpose)\b"
     rf"|\b({BABY}) (would|d|will|is) (be )?(so much |much )?(better off|happier) dead\b"
     rf"|\b(fling|flings|flung|flinging|throws|threw|chucks|chucked|tosses|tossed|dumps|dumped|"
     rf"slams|slammed) ({CHILD}) (\S+ )?(into|onto|in|on) (the|her|his|their) (cot|crib|bed|moses "
     r"basket|pram|car seat|bouncer|sofa)\b(?!( \S+){0,4} (lol|haha|giggl\S*|laugh\S*|loves))"),
    ("hb_water_and_shut_in",
     r"\b(pours|poured|pouring|throws|threw|splashes|splashed|chucks|chucked) (cold |icy "
     r"|freezing )?"
     r"water (on|over|in) (her|his|their|the babys) (face|head)\b( \S+){0,4} (to stop|to shut|to "
     r"make|when|because)\b"
     rf"|\b(shut|locked) ({CHILD}) in (the|her|his|their) (bathroom|room|bedroom|nursery) "
     r"(\S+ ){0,3}(to cry (for|until) (an hour|hours|ages)|for an hour|for (\d+|two|three) hours"
     r"|so i "
     r"(cant|can not|couldnt) hear)\b"
     rf"|\b({BABY}|she|he|her|him)( would|d| will)? (be )?better off (if (she|he) (died|was dead|"
     r"wasnt (here|born|alive))|dead)\b"),
    ("hb_face_squashed",
     r"\b(squashed|pressed|pushed|held|shoved|smushed|squished) (his|her|their|the babys) face "
     r"(into|against) (\S+ ){0,3}(to (stop|shut|quiet|muffle)|until (he|she|they) (stopped|went "
     r"quiet))\b"),
    ("hb_upside_down",
     rf"\b(holding|held|holds|hung|hanging|dangling"
     rf"|dangled) ({CHILD}) upside down\b(?!( \S+){{0,6}}"
     r" (lol|haha|giggl\S*|laugh\S*|loves|play\S*|game)\b)"),
    ("hb_threat_to_shut_out",
     r"\b(hell|he will|hed|he would|shell|she will) (put|lock|shut|leave|throw) (her|him|them|the "
     r"baby) (in|into|outside|out) (the )?(shed|garage|cupboard|bin|cold|street)\b(?!( \S+){0,4} "
     r"(lol|haha|joking|pram|fresh air|nap)\b)"
     r"|\b(dig|digging|dug|digs) (my )?(nails|fingernails|fingers) into (his|her|their|the babys) "
     r"(leg|legs|arm|arms|skin|thigh|thighs|hand|back|tummy)\b"),
    ("hb_neglect_and_irritants",
     rf"\b(left|leave|leaving) ({CHILD}) (screaming|crying) (\S+ ){{0,4}}(all night|all day"
     rf"|for hours)"
     r"\b( \S+){0,6} (on purpose|deliberately|didnt go in|wouldnt go in|to punish)\b"
     r"|\b(put|puts|putting|rubbed|rubs|rubbing|smeared|smears|poured|added|adds|adding) (\S+ )?"
     r"(chilli|chili|pepper|hot sauce|mustard|vinegar|soap|salt) (on|in|into) (her|his|their"
     r"|the "
     r"babys) (dummy|bottle|mouth|lips|food|milk)\b"
     r"|\b(pushed|shoved|forced|jammed) the (bottle|dummy|spoon) (into|in) (his|her|their) mouth "
     r"(\S+ ){0,3}(roughly|hard|so hard)\b"),
    ("hb_stopped_myself",
     r"\b(scared|afraid|frightened|terrified) of myself (around|near|with) (the baby|my baby|him"
     r"|her|"
     r"them|my son|my daughter)\b"
     r"|\b(stop|stopped|stopping) myself (from )?(putting|throwing|shaking|hitting|smothering|"
     r"hurting|dropping|squeezing|drowning|slapping)\b"),
    ("hb_withholding",
     r"\b(giving|gave|give|feeding|fed) (him|her|them|the baby) (less|smaller|no|fewer) (milk|food|"
     r"feeds|bottles)\b( \S+){0,4} (on purpose|deliberately|to punish)\b(?!( \S+){0,4} (to night "
     r"wean|night wean\S*|wean\S*|is that ok|is that okay|as advised)\b)"),
    ("hb_too_hot_on_purpose",
     r"\b(bath|bath water|bottle|milk|water) (\S+ ){0,2}too hot\b( \S+){0,3} (on purpose|"
     r"deliberately|to punish)\b"),
    ("hb_door_and_tape",
     r"\b(slammed|shut|closed|trapped) (the )?(door|drawer|lid) on (his|her|their|the babys) "
     r"(fingers|hand|foot|leg|arm|head)\b( \S+){0,4} (on purpose|deliberately|to teach|to punish)\b"
     r"|\b(tapes|taped|taping|tape|strap|straps|strapped|ties|tied) (the |his |her )?(dummy|"
     r"pacifier|mouth|hands|arms) (in|shut|down|to)\b"),
    ("hb_left_for_the_pub",
     rf"\b(lets|let|leaves|left|leave) ({CHILD}) (cry|crying|scream|screaming|alone)? ?(in the car|"
     r"in the pram|outside|at home|alone) (\S+ ){0,2}(while|whilst|when) (he|she|they|i) (drinks|"
     r"drinking|drink|is in the pub|goes to the pub|at the pub|in the pub|gets drunk)\b"),
    ("hb_picture_gone",
     r"\b(picture|picturing|imagine|imagining|think about|thinking about|fantasise about|"
     r"fantasising about|dream about|dreaming about|daydream about) (" + BABY + r"|him|her|them) "
     r"(just )?(not being here|not existing|being gone|dead|dying|not breathing|disappearing|"
     r"never having been born)\b"
     r"|\b(wish|wishing|wished) (" + BABY + r"|he|she) (had|d) never been born\b"),
    ("hb_handles_rough",
     rf"\b(handles|handled|handling|treats|treated|throws|tosses|chucks) ({CHILD}) (really |so |"
     r"very |too |quite |way too )?(roughly|rough|like a doll|like a rag doll|like a sack)\b"
     r"(?!( \S+){0,8} (lol|haha|loves it|giggl\S*|laugh\S*|play|playing))"),
    # Someone threatening the baby because it cries: a danger to the baby.
    ("hb_threat_to_baby",
     r"\bif (the baby|baby|he|she|they|my baby|our baby|my son|my daughter|it|the kids|lo) "
     r"(doesnt|dont|wont|does not|will not|cant|do not|doesnt ever) (shut up|stop crying|stop "
     r"screaming|stop|be quiet|settle|sleep|go to sleep|pack it in|quieten down|calm down)\b "
     r"(\S+ ){0,2}(hell|he will|hed|he would|shell|she will|shed|theyll|hes going to|shes going "
     r"to|he is going to|she is going to|im going to|ill|i will|id|i swear ill|i swear i will) "
     r"(make (him|her|them|it)(?! (a|some|his|her|their|laugh|smile|feel|comfortable|happy|"
     r"more|better|warm|up))|shut (him|her|them|it) up|give (him|her|them|it) (something|a "
     r"reason) to cry about|teach (him|her|them|it) a lesson|sort (him|her|them|it) out|"
     rf"{HARM_VERB})\b"
     r"|\b(hell|he will|he would|hed|shell|she will|shed|theyll|hes going to|shes going to) "
     r"(make (him|her|them|it) (shut up|stop|be quiet)|shut (him|her|them|it) up)\b"
     r"|\bgive (him|her|them|it) something to cry about\b"),
    ("hb_someone_hurting",
     r"\b(bruises|bruise|bruising|marks|burns|burn|bite marks|finger marks|fingermarks|"
     r"finger shaped|handprint|handprints|welts|cuts) (\S+ ){0,3}(on|all over|round|around) "
     r"(his|her|their|the babys|my babys|babys|my baby|the baby|my son|my daughter|him|"
     r"her)\b(?! (gums|nappy area|bum from the nappy|"
     r"from the nappy|from the car seat strap)|( \S+){0,2} (from|after|because of|where) (the |his "
     r"|her )?(car seat|straps|strap|nappy|vest|clothes|poppers|sleeping bag|buggy|pram|sling|zip|"
     r"cot|jab|jabs|vaccine|vaccination|vaccinations|injection|eczema|scratching|scratches|"
     r"teething|birth|forceps|ventouse|delivery))"),
    # Families below describe the harm without a harm word: force into the mouth, held or
    # rocked violently, punishment by cold, hunger or being shut away, urges with a pillow.
    ("hb_forced_in_mouth",
     r"\b(jammed|jam|jamming|rammed|ram|ramming|shoved|shove|shoving|forced|force|forcing|"
     r"stuffed|stuff|stuffing|pushed|push|pushing) (the |a |his |her |their |my )?(teat|dummy|"
     r"bottle|pacifier|soother|hand|fist|fingers|sock|muslin|bib|cloth|spoon)( \S+){0,3} "
     r"(in|into|down|to the back of) (his|her|their|the babys) (mouth|throat)\b"
     r"( \S+){0,8} (held|hold|holding|gagged|gag|gagging|choked|choking|hard|angry|so far|until|"
     r"till|to shut|to stop|on purpose|wouldnt stop|furious)\b"
     r"|\b(pushed|pushing|shoved|forced|jammed|rammed) (the |a |his |her )?(teat|dummy|bottle|"
     r"pacifier|spoon) in (so far|so hard|too far|too hard|hard)\b"
     r"|\b(held|holding|hold|kept) (it|the (teat|dummy|bottle|pacifier|hand)) there\b( \S+){0,6} "
     r"(angry|gagged|gagging|choking|struggled|struggling|until|till|so)\b"
     r"|\b(held|holding|hold|kept) (it|the (teat|dummy|bottle|pacifier)) there (hard|until|till|"
     r"so (he|she|they) (couldnt|could not|cant))\b"
     r"|\bso far (he|she|they) (gagged|choked|retched)\b( \S+){0,6} (held|hold|holding)\b"),
    ("hb_violent_handling",
     r"\b(rocked|rock|rocking|bounced|bounce|bouncing|jiggled|jiggle|jiggling|swung|swing|"
     r"swinging|jostled|jostling|jerked|jerking|handled|handling) (him|her|them|the baby|my baby) "
     r"(so |really |too |way too )?(violently|aggressively|viciously|forcefully|hard that|"
     r"hard (his|her) head|roughly that|roughly (his|her) head)\b"
     r"|\b(head|neck) (was |is |went |kept |s )?(whipping|snapping|jerking|flying|whipped|"
     r"snapped|jolting) (back and forth|side to side|backwards|forwards|back|about|around)\b"
     r"(?!( \S+){0,6} (in the car|car seat|pram|buggy|bouncer|when (he|she) (sneezes|startles|"
     r"laughs)))"
     r"|\bgave (him|her|them|the baby|my baby|the baby) a (little |good |quick |hard |proper |"
     r"big |couple of )?(shake|shakes|smack|slap|whack|thump|shove|pinch|squeeze|jolt|punch)\b"
     r"(?! (to wake|of (the|her|his|their|a)|with the)\b)"
     r"|\b(spank|spanks|spanked|spanking|flick|flicks|flicked|flicking|poke|poked|poking|prod|"
     r"prodded|prodding|twist|twisted|twisting) (him|her|them|the baby|my baby|his|her|their)"
     r"( \S+){0,3} (again harder|harder|hard|so hard|every time|whenever|until|till|because|cos|"
     r"to make|to shut|to stop|and (he|she) cried|and (he|she) screamed)\b"
     r"|\b(spank|spanks|spanked|spanking) (him|her|them|the baby|my baby)\b"
     r"|\b(dig|digs|digging|dug|press|pressed|pressing|sink|sank) (my |his |her |their )?(nails|"
     r"fingernails|fingers|thumb|thumbs|nail) (into|in) (his|her|their|the babys|babys)\b"
     r"|\b(hand|hands|fingers) (\S+ ){0,2}(round|around|on) (his|her|their|the babys|babys) "
     r"(throat|windpipe)\b"
     r"|\b(closed|squeezed|tightened|wrapped|put|clamped) (my |his |her )?(hand|hands|fingers) "
     r"(\S+ ){0,2}(round|around|over) (his|her|their|the babys|babys) (neck|throat)\b"
     r"|\b(shoved|pushed|threw|flung|chucked|tossed|dropped) (him|her|them|the baby|my baby) "
     r"(\S+ ){0,3}(onto|on to|on|to|into) the (floor|ground|wall|cot)\b(?!( \S+){0,2} "
     r"(to play|for tummy time|gently|softly|to crawl|mat)\b)"
     r"|\b(punched|kicked|hit|smashed|slammed|banged|threw \S+ at) (the|a) (wall|door|table|"
     r"cot|side) (\S+ ){0,3}(next to|by|near|beside|above|right by) (the babys|his|her|their|"
     r"babys|my babys) (head|face)\b"
     r"|\bto scare (him|her|them|the baby|it) (quiet|into being quiet|silent|into silence|into "
     r"stopping|shut)\b"
     r"|\bsqueeze the life out of (him|her|them|the baby)\b(?=( \S+){0,12} (really|scared|"
     r"serious|seriously|not joking|frightens me|scares me)\b)"),
    ("hb_punished_or_deprived",
     r"\b(as|for) (a )?punishment\b(?!( \S+){0,4} (for me|for us|myself)\b)"
     r"|\b(to|and to|so i can|so i could|just to|wanted to) punish (him|her|them|the baby|my baby|"
     r"it)\b"
     r"|\b(didnt|did not|havent|have not|not|wont|refused to|stopped) (feed|feeding|fed|given "
     r"(her|him) a bottle) (him|her|them|the baby)?( \S+){0,4} (because|as|cos|since|for) (he|she|"
     r"they) (was|were|is|s|kept|keeps|wouldnt|wont|been) (being )?(difficult|naughty|annoying|"
     r"bad|a pain|crying|screaming|horrible|a nightmare|awful)\b"
     r"|\b(less|smaller|fewer|watered down|half) (milk|feeds|bottles|food|formula)( \S+){0,8} "
     r"(punish|lighter|so (she|he|they) (wont|doesnt|cant|is lighter|weighs less))\b"
     r"|\b(extra|more|double|too much|a bit more|loads of|a lot of) (calpol|medicine|nurofen|"
     r"piriton|ibuprofen|paracetamol|medicines|antihistamine|sleeping medicine|gin|whisky|"
     r"brandy|rum|vodka|wine)( \S+){0,4} (so|to make|to keep) (she|he|they|him|her|them) "
     r"(stays?|sleeps?|keep|keeps|is|are|goes|go|will|would|doesnt|won t|wont) ?(asleep|quiet|"
     r"sleeping|down|knocked out|out|wake)?\b"
     r"|\b(soaked|soaking|hungry|starving|filthy|dirty nappy|soiled|screaming)( \S+){0,6} (and )?"
     r"i (dont|didnt|do not|did not) (care|even care)\b"
     r"|\b(walking away|walk away|walked away|leave (him|her|them)|leaving (him|her|them)|left "
     r"(him|her|them)|ignore (him|her|them)|ignoring (him|her|them)|ignored (him|her|them)) "
     r"(\S+ ){0,4}for (hours|ages|the whole day|all day|all night) (on purpose|deliberately|to "
     r"teach|to punish|and i (dont|didnt) care)\b"
     r"|\b(left|leave|leaves|leaving|put|puts|putting|locked|shut) (him|her|them|the baby|my baby)"
     r"( \S+){0,6} (in the car|in the garden|outside|on the drive|in the cold|in the shed|in the "
     r"garage|on the doorstep|in the boot)\b( \S+){0,8} (to scream|to cry|screaming|for crying|"
     r"punish\S*|closed the door|shut the door|locked|for an hour|for hours|while (i|she|he) "
     r"(goes?|went) (shopping|out|to the shops))\b"),
    ("hb_urge_with_pillow",
     r"\b(hold|holding|held|press|pressing|pressed|put|push|pushing) (\S+ ){0,2}(pillow|cushion|"
     r"blanket|muslin|duvet|hand) down\b(?! (on (the|my|his|her) (lap|knee|bed|sofa)))"
     r"|\b(holding|held|hold|got|grabbed|picked up) (a|the) (pillow|cushion)\b(?=( \S+){0,10} "
     r"(crying|screaming|cot|hallway|outside (his|her) (room|door)|door|standing)\b)"
     r"|\b(crying|screaming|cot|cries)\b(?=( \S+){0,10} (holding|held|hold|got|grabbed) (a|the) "
     r"(pillow|cushion) (in|outside|by|at|standing)\b)"
     r"|\b(smother|smothered|smothering|muffle|muffled|muffling|stifle|stifled) (the|his|her|"
     r"their) (crying|cries|screaming|screams|noise)( with)?\b"
     r"|\b(put|putting|hold|press|shove) (something|a \S+|my hand|the \S+) (over|on) (his|her|"
     r"their|the babys) (face|mouth|nose)\b(?!( \S+){0,4} (to (shield|shade|protect|block)|"
     r"from the (sun|wind|rain)|muslin for shade|sun|by accident|accidentally|by mistake)\b)"
     r"|\b(shut|quiet|silence|quieten|stop) (him|her|them|it|the baby) (up )?(for good|forever|"
     r"permanently|once and for all)\b"
     r"|\b(want|wanting|wanted|wish|wishing|hope|hoping|started wanting) (\S+ ){0,2}(him|her|"
     r"them|the baby|my baby) to (get hurt|get ill|get sick|be hurt|be ill|end up in hospital|go "
     r"into hospital|stop breathing|not wake up|die|have an accident)\b"),
    ("hb_force_to_silence",
     # A rough act done "to make her stop": soothing verbs (rock, feed, shush) are not listed.
     r"\b(pulled|pull|pulling|yanked|yank|tugged|flicked|flick|pinched|pinch|squeezed|squeeze|"
     r"slapped|slap|smacked|smack|bit|bite|shook|shake|shaking|poured|pour|splashed|held|hold|"
     r"holding|covered|cover|pressed|press|pushed|push|shoved|blew|blow|shouted|screamed|yelled|"
     r"flicking|pinching|squeezing|twisted|tipped|scream|yell|shout|screaming|yelling|shouting) "
     r"(\S+ ){0,7}(to make|to get|until|till) (him|"
     r"her|them|it|the baby|he|she|they) (stop|stopped|shut up|shuts up|shut|be quiet|went "
     r"quiet|goes quiet|go quiet|quiet|stop crying|stopped crying|stop screaming|stopped "
     r"screaming|gave up|passed out|went limp|went red|went blue|couldnt)\b"
     r"|\b(holds|held|holding|hold|pinch|pinched|pinches|pinching|cover|covered|covers|covering|"
     r"block|blocked|blocking) (his|her|their|the babys|babys) (nose|mouth|nose and mouth|mouth "
     r"and nose)( \S+){0,6} (when|until|till|because|to (stop|shut|make)|so (he|she|they) (cant|"
     r"couldnt|stops|stopped|shuts|is quiet))\b"
     r"|\b(held|hold|holding|pinned|pin|pinning) (him|her|them|the baby|my baby) down\b( \S+){0,6} "
     r"(so hard|really hard|too hard|hard|with my (knee|arm|whole weight|body)|until (he|she) "
     r"(screamed|cried|went|stopped))\b"
     r"|\b(blew|blow|blowing|blows) smoke (in|into|at) (his|her|their|the babys|babys) face\b"
     r"|\b(kept|keep|keeping|keeps|leave|left|leaving) (him|her|them|the baby|my baby) (hungry|"
     r"starving|thirsty|in a (wet|dirty|soaked|soaking) nappy|in (his|her|their) own (wee|poo|"
     r"mess|sick)) (so|to|on purpose|deliberately|because|until|all day|for|to teach)\b"
     r"|\b(havent|have not|not|didnt|did not) (changed (him|her|them) or fed|fed (him|her|them) or "
     r"changed|fed or changed|changed or fed) (him|her|them)?( \S+){0,8} (cant look at|dont want "
     r"to (look at|touch|go near)|dont care|on purpose|wont)\b"
     r"|\b(tipped|tip|tipping|dumped|dump|dumping) (him|her|them|the baby|my baby) (\S+ ){0,4}"
     r"(onto|on to|on|into) the (floor|ground)\b"),
    ("hb_danger_on_purpose",
     # Things given, withheld or let happen to the baby, described without a harm word.
     r"\b(gin|whisky|whiskey|brandy|rum|vodka|wine|beer|alcohol|sleeping pills|my tablets|my "
     r"pills|piriton|antihistamine|calpol|medicine|nytol) (on|in|into) (his|her|their|the babys) "
     r"(gums|bottle|bottles|milk|mouth|food|dummy|formula)\b( \S+){0,6} (so (he|she|they) "
     r"(sleeps|sleep|stays asleep|stay asleep|is quiet|goes down|will sleep|knocks out)|to (knock|"
     r"make|help) (him|her|them) (out|sleep|quiet))\b"
     r"|\b(push|pushing|pushed|roll|rolling|rolled|tip|tipping|tipped|let go of|letting go of) the "
     r"(pram|buggy|pushchair|car seat|bouncer|moses basket) (\S+ ){0,2}(into|in front of|off|down|"
     r"over|at the top of)\b( the| a)? (road|traffic|river|canal|stairs|lake|cliff|water|car|bus|"
     r"hill|edge|steps|platform)\b"
     r"|\b(throws|throw|threw|tosses|tossed|throwing|tossing) (him|her|them|the baby) (up|in the "
     r"air|into the air) (\S+ ){0,4}(doesnt|didnt|not|dont|never) (always )?(catch|caught|"
     r"catches)\b"
     r"|\b(plays|playing|play|played) (way )?(too|really|so|very) rough with (him|her|them|the "
     r"baby)\b"
     r"|\b(put|putting|puts|left|leave|leaving|locked|shut|wheeled) (him|her|them|the baby|my "
     r"baby) (\S+ ){0,3}(in|into|out in) the (garage|shed|car|boot|loft|garden|cupboard|"
     r"wardrobe|utility|cellar|basement|back yard|yard)\b( \S+){0,6} so (i|we) (cant|can not|"
     r"dont have to|couldnt|wont|dont) hear\b"
     r"|\b(stopped|not|havent been|didnt|refuse to|refused to|wont) (giving|give) (him|her|them) "
     r"(\S+ ){0,2}(medicine|medication|inhaler|antibiotics|meds|insulin|treatment|feeds)\b"
     r"( \S+){0,8} (too tired to care|cant be bothered|didnt care|dont care|to punish|on purpose|"
     r"deliberately)\b"
     r"|\b(all day|for hours|since (this )?morning|since yesterday|since last night) without "
     r"(feeding|a feed|food|milk|changing|a change|a bottle)( (him|her|them))?\b( \S+){0,6} (so "
     r"(he|she|they) learns?|to teach|on purpose|to punish|deliberately)\b"
     r"|\b(watered down|watering down|watering|diluted|diluting|extra water|less powder|fewer "
     r"scoops|half scoops)( \S+){0,8} (losing weight|lost weight|not gaining|on purpose|to punish|"
     r"so (she|he) (wont|doesnt) (want|wake|feed))\b"
     r"|\b(leaving|leave|left|abandoning|abandon|dumping|dump) (him|her|them|the baby|my baby) "
     r"(\S+ ){0,2}(in the woods|in the forest|in a bin|by the road|by the roadside|at the side of "
     r"the road|on (a|someones) doorstep|in a skip)\b"),
]

"""Harm to the baby described without a harm word (first round).

Covers swinging by a limb, forceful touch, shutting the baby away, deliberate acts, a thought of
letting something happen, "my head tells me to", wishing the baby gone, acts in anger,
punishment, dosing to make the baby sleep, rough lifting, water and shutting in, a squashed face,
held upside down, neglect and irritants, stopping oneself just in time, withholding food or
comfort, too hot on purpose, left alone for the pub; a threat because the baby cries; someone
else hurting the baby.
Borderline: night weaning, a baby hitting its own head, screaming after jabs, a "shake of her
rattle" or to wake for a feed, a hand over the mouth by accident are ordinary.
"""

from safety.rules.family import Examples
from safety.rules.shared import BABY, CHILD, HARM_VERB, verb_forms

RULES: list[tuple[str, str]] = [
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
]

EXAMPLES = Examples(
    must_match=(
        "i held a pillow near her face tonight and then i put it down",
        "my ex used to put the baby in a dark cupboard when she cried",
    ),
    must_not_match=(
        "he's been screaming blue murder since his jabs this morning, can i give calpol",
        "my baby hits his head against the cot on purpose, is that normal",
    ),
)

"""Harm to the baby named: someone has hurt the baby, or the parent has thoughts, urges or fears
of doing it.

Covers a harm verb done to the baby (shook, hit, threw ...), rough handling, putting the baby
somewhere dangerous, an injured baby, held too hard, poison, covering the face or holding under,
dropping on purpose, "i might do something", not trusting oneself, taking the baby too, thoughts
and images of harm, wanting to get rid of the baby.
Borderline: fear of hurting the baby by accident is distress; anger at crying with no harm is
distress; snapping at someone is words, not harm; the baby's own movements, affection
("smothered her in kisses"), sibling play and keeping calm "so i never shake her" are not harm
(idioms).
"""

from safety.rules.family import Examples
from safety.rules.shared import AFFECTION, BABY, CHILD, HARM_VERB, OBJECT_END, verb_forms

RULES: list[tuple[str, str]] = [
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
]

EXAMPLES = Examples(
    must_match=(
        "my partner shook the moses basket really hard to shut him up",
        "i keep having visions of stabbing her with the kitchen knife",
    ),
    must_not_match=(
        "i squeezed her tight and smothered her in kisses",
        "i left her in the bath seat for two seconds to grab a towel, never again",
        # Snapping at someone is words: strain, not harm ("snap and hurt him" still catches).
        "so irritable since the baby came, i snap at him over nothing",
    ),
)

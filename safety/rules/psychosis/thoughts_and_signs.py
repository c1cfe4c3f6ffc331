"""Thoughts that are not one's own, third-person reports of persecution or being chosen, songs
and adverts about me, no tiredness after days awake, protective plans, hearing what others do
not, "my real baby", a chosen baby, signs for me, hidden devices, orders from the baby.

Borderline: a phone "spying" through nappy ads, crying at adverts, asking about the signs of
postnatal depression are ordinary.
"""

from safety.rules.family import Examples
from safety.rules.psychosis.terms import JOKE_AFTER

RULES: list[tuple[str, str]] = [
    # Thoughts or instructions that are not one's own (thought insertion), instructions from
    # nowhere, and "they want me to take the baby somewhere".
    ("ps_not_my_thoughts",
     r"\b(instructions|orders|commands|thoughts|voices|voice|messages|ideas) (in my (head|mind) )?"
     r"(\S+ ){0,2}(that|which) (arent|are not|isnt|is not|werent|dont feel like|dont seem like) "
     r"(my own|mine)\b"
     r"|\b(getting|get|receiving|received|got|keep getting|been getting|been given) (instructions|"
     r"orders|commands) (in my head|from (somewhere|someone|something|nowhere|outside|above|"
     r"beyond|the other side))\b"
     r"|\b(they|it|the voices|the voice|someone|something) (want|wants|wanted|is telling|are "
     r"telling|told|tell|tells) me to (take|bring|carry|hide) (the baby|her|him|my baby) "
     r"(somewhere|away from everyone)\b"),
    # Third-person reports of persecution and of being chosen ("she thinks everyone on the
    # telly is talking about her", "keeps saying she's been chosen").
    ("ps_she_thinks",
     r"\b(thinks|think|thought|convinced|believes|believe|sure|certain|insists|keeps saying|"
     r"paranoid) (that )?(someone|somebody|people|they|everyone|everybody|strangers|the "
     r"neighbours|the tv|the telly|the radio|everyone on the (tv|telly|radio|news)|people on the "
     r"(tv|telly|radio|news)|the government|the police|the doctors|the nurses|the hospital|men|a "
     r"man|cameras|the phone|her phone|my phone) (is |are |s |re |was |were )?(always |constantly "
     r"|secretly )?(watching|following|spying on|listening to|recording|filming|tracking|"
     r"poisoning|after|out to get|sending messages to|controlling) (her|him|them|"
     r"me|us|the baby)\b"
     r"|\b(saying|says|said|thinks|believes|convinced|sure|certain|insists) (that )?(shes|she has|"
     r"she s|hes|he has|he s|ive|i have|im|she was|he was|i was) been (chosen|sent|picked|"
     r"selected)\b(?! (for|to (be|do|go|take|join|model|attend|represent|try)|as (a|the)))"
     r"|\b(everyone|everybody|people|they|someone|the presenters|the people) on the (tv|telly|"
     r"radio|news) (is |are |s |re |was |were |keeps |keep )?(talking|speaking) (about|to) (her|"
     r"him|me|us|the baby|my baby)\b"),
    # Songs, adverts and posts all about me; the same car or face everywhere.
    ("ps_about_me",
     r"\b(every|all the|the) (song|songs|advert|adverts|ad|ads|programme|programmes|show|shows|"
     r"headline|headlines|news story|news stories|post|posts|video|videos) (\S+ ){0,4}(are|is|"
     r"were|was|seem|seems) (all )?(about|for|aimed at|directed at|meant for|written about) (me|"
     r"us|my baby|the baby)\b(?! like)" + JOKE_AFTER
     + r"|\bsame (car|van|man|woman|people|person|face|faces) (\S+ ){0,3}(keeps|kept|everywhere|"
     r"following|outside (our|my|the) (house|flat|window))\b" + JOKE_AFTER
     + r"|\b(keep|keeps|kept) seeing (the )?(number|numbers|same number)( \S+){0,6} (sign|signs|"
     r"message|messages|means|meaning|code|warning)\b" + JOKE_AFTER),
    # Not tired after days without sleep, and days up cleaning, writing or planning.
    ("ps_no_tiredness",
     r"\b(not|never|dont|do not|isnt|arent|without) (even |at all |feel |feeling |remotely )*"
     r"(tired|sleepy|exhausted)\b( \S+){0,8} (havent|have not|not|no|without|hasnt|has not|"
     r"barely) (slept|sleep|sleeping)( \S+){0,3} (in|for|since) (\S+ ){0,2}(days|nights|\d+ "
     r"(days|nights)|two|three|four|five|several)\b(?!( \S+){0,6} adrenaline\b)"
     r"|\b(not|never|dont|do not|isnt|arent|without) (even |at all |feel |feeling |remotely )*"
     r"(tired|sleepy|exhausted)\b( \S+){0,8} (awake|up) (since|for) (\S+ ){0,2}(days|nights|"
     r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|the birth|\d+ (days|nights)|two|"
     r"three|four|five|several)\b(?!( \S+){0,6} adrenaline\b)"
     r"|\b(up|awake) (for )?(days|nights|all week|the whole week|all weekend) (\S+ ){0,6}"
     r"(cleaning|writing|rearranging|reorganising|planning|praying|painting|buzzing|wired)\b"),
    # Bizarre protective plans: hiding the baby from persecutors, salt and foil, the one safe
    # room, fleeing before they come.
    ("ps_protective_plan",
     r"\b(protect|save|hide|keep|get|guard|shield|defend|watch over) (her|him|them|the baby|us|my "
     r"baby) (safe )?(away )?from "
     r"(the devil|demons|the demons|the spirits|the government|the doctors|the nurses|the "
     r"midwives|the people in|the voices|the shadows|evil|the watchers|the cameras)\b(?! eye)"
     r"|\b(wrapped|wrap|wrapping|covered|cover|covering) (her|him|the baby|my baby|the cot|the "
     r"pram) (\S+ )?(in|with) (the )?(foil|tin foil|aluminium foil|salt)\b"
     r"|\b(sprinkle|sprinkled|put|poured|pour|laid) salt (around|round|on|over|across) (the "
     r"cot|her|him|the baby|the doors|the door|the windows|the house|the nursery)\b"
     r"|\b(is|are|s) the only (safe room|safe place|room (thats|that is) safe|place (thats|that "
     r"is) safe)\b"
     r"|\bonly the (bathroom|bedroom|nursery|kitchen|car|loft|cupboard|wardrobe|attic) is safe\b"
     r"|\b(leave|go|get out|escape|run|flee|hide|move)( \S+){0,6} (before|so|or) (they|the "
     r"people|someone|the devil) (find|finds|take|takes|come for|comes for|catch|catches|track|"
     r"get (us|me|her|him)|get to (us|me|her|him)|can find|cant find|wont find|will find|will "
     r"take|will come)\b(?! (for|to|bloods|blood|temperature|home|out|in|back|up|off|a|the))"),
    # Hearing what others do not, with the others named ("i hear music but my husband can't").
    ("ps_others_dont_hear",
     r"\b(hear|hearing|heard|hears) (\S+ ){0,2}(voices|music|singing|whispers|whispering|a voice|"
     r"my name|someone talking|people talking|footsteps|knocking|chanting)( \S+){0,8} (but )?"
     r"(nobody|no one|noone|my husband|my partner|he|she|they|everyone else|anyone else)( else)? "
     r"(cant|doesnt|didnt|dont|never|can not|cannot|couldnt|could not|does not|did not) (hear|"
     r"hears) (it|them|her|him|anything|a thing)\b"),
    # "my real baby", "the real one is somewhere else", "the baby is a copy": a double.
    ("ps_real_one",
     r"\b(my|our|her|his) real (baby|son|daughter|child|husband|partner|mum|wife)\b"
     r"(?! (blues|shower|food|brain|name|dad|mum|father|mother))"
     r"|\bthe real (one|baby|him|her)\b (is|was|s) (somewhere|elsewhere|still|hidden|with them|"
     r"in the|at the|taken|gone)\b"
     r"|\b(the baby|my baby|our baby|she|he|my husband|my partner|my wife|my mum|the one in the "
     r"(cot|crib|moses basket))( \S+){0,3} (is|s) (just )?(a|an) (copy|fake|double|duplicate|"
     r"clone|robot|replica|puppet|imposter|impostor|android)\b" + JOKE_AFTER),
    # The baby chosen, marked or foretold; a mission to protect her from darkness; an angel or
    # demon sent to test me; souls taken.
    ("ps_baby_chosen",
     r"\b(god|the universe|the angels|angels|jesus|the devil|satan|they) (has |have |had )?"
     r"(chosen|chose|picked|selected|marked|claimed) (our|my|the|her|his) (baby|daughter|son|"
     r"child)\b"
     r"|\b(mark|marks|sign|signs) of (the )?(devil|beast|satan|evil|antichrist)\b"
     r"|\b(the|her|his|my|our|this|gods) prophecy\b"
     r"|\b(protect|save|shield|hide|guard) (\S+ ){0,2}from the (darkness|dark forces|evil ones|"
     r"forces of evil|evil|devil)\b(?! eye)"
     r"|\b(peoples|everyones|her|his|the babys|babys|my babys|their) (aura|auras)\b"
     r"|\b(see|seeing|read|reading) (peoples |everyones )?auras\b"
     r"|\b(given|got|have|has|received|on) (a |my |her |his )?(mission|quest|divine task|holy "
     r"task)( \S+){0,3} (to protect|to save|from god|from the universe|to cleanse|to sacrifice|"
     r"to deliver|from above)\b(?!( \S+){0,6} (germs|bugs|colds|sun|the cold|lol|haha)\b)"
     r"|\b(convinced|certain) (that )?(the baby|she|he|my baby|our baby|my son|my daughter) (is|"
     r"was|s) (an? )?(angel|demon|devil|messenger|spirit|god|alien|prophet)\b"
     r"|\b(will|ll|going to|want to|wants to|trying to|tries to|tried to|are|is|come to|coming "
     r"to) (steal|take|eat|harvest|suck out|trap) (her|his|the babys|my babys|our babys|our|"
     r"their) (soul|souls)\b"),
    # Screens, songs, numbers and phones with signs meant for me.
    ("ps_signs_for_me",
     r"\b(songs|song|radio|tv|telly|advert|adverts|lyrics|programmes|programme|shows|news|"
     r"headlines|headline|posts|numbers|plates|registration|registrations)( \S+){0,6} "
     r"(?<!like it was )(?<!like its )(?<!like it is )(?<!so )(?<!felt )(meant|"
     r"intended|written|chosen|picked|specially|specifically) for me\b" + JOKE_AFTER
     + r"|\b(registration|registrations|plates|number plates|numbers|songs|song|radio|tv|telly|"
     r"adverts|advert|lyrics|clouds|stars|birds|clock|headlines|news)( \S+){0,6} (message|"
     r"messages|code|codes|clue|clues) (\S+ ){0,2}for me\b" + JOKE_AFTER
     + r"|\b(number|numbers|digits)( \S+){0,3} (keeps|keep|kept) (appearing|showing up|popping up|"
     r"coming up)( \S+){0,8} (means|meaning|sign|message|warning|code)\b" + JOKE_AFTER
     + r"|\b(phone|screen|computer|laptop|ipad|tablet)( \S+){0,3} (keeps |kept |is |has been )?"
     r"(showing|giving|sending) (me |us |her )?(signs|signals|clues)\b"
     r"|\b(newsreader|presenter|presenters|the news|the tv|the telly|the radio|the dj|man on "
     r"the tv|woman on the tv|people on the tv|the adverts)( \S+){0,3} (knows|know|knew) (about "
     r"(us|me|the baby|my baby|her)|what (i|we) (did|do|think|am|have|are))\b"
     r"|\beverything (is|s|has been|feels like|seems like) (a|one big) (sign|message|signal|"
     r"clue|code)\b" + JOKE_AFTER
     + r"|\beverything (is|s) (connected|linked)( \S+){0,6} (understand|makes sense|i know|"
     r"finally|see it)\b" + JOKE_AFTER),
    # Devices hidden in the baby's things or the body; something controlling my movements.
    ("ps_device_hidden",
     r"\b(tracker|tracking device|chip|microchip|camera|microphone|bug|transmitter|listening "
     r"device|device) (hidden )?(in|inside|into|under|sewn into) (the|my|our|her|his|me) (\S+ )"
     r"{0,1}(teddy|toy|toys|dummy|nappy|head|brain|body|arm|neck|skin|formula|milk|bottle|"
     r"tooth|teeth)\b(?!( \S+){0,6} (monitor|nanit|app|in case|stolen|lost)\b)"
     r"|\b(they|them|someone|something|the devil|spirits|aliens|it|the voices|a force) (are |"
     r"is )?(controlling|control|controls|moving|move|moves) my (movements|body|arms|legs|"
     r"hands|actions|limbs)\b"),
    # Seen by me, not by others ("a man in the corner ... nobody else sees him").
    ("ps_unseen_by_others",
     r"\b(man|woman|figure|person|people|shadow|shadows|lady|girl|boy|child|children|face|"
     r"faces|someone|ghost|angel|voices|voice|lights)( \S+){0,15} (nobody|no one|noone) else "
     r"(sees|hears|saw|heard|can see|can hear|could see|could hear|notices|noticed) (him|her|it|"
     r"them)\b(?! (like|the way|as|cry|crying|struggle|struggling))"
     r"|\b(people|figures|children|faces)( \S+){0,8} (my husband|my partner|he|she|they|"
     r"everyone else|anyone else) (cant|can not|cannot|couldnt|could not|doesnt|does not|didnt|"
     r"did not) see\b"),
    # A baby or a plan against us: the baby giving orders, talking in my head; plots.
    ("ps_orders_and_plans",
     r"\b(the baby|my baby|our baby|her baby|the newborn|baby)( \S+){0,6} (gives|gave|giving|"
     r"give|sends|sent) (me|her|him|us) (orders|instructions|commands|secret messages)\b"
     + JOKE_AFTER
     + r"|\b(the baby|my baby|our baby|her baby|the newborn|baby) (\S+ ){0,2}(talks|speaks|"
     r"talking|speaking|talked|spoke) to (me|her|him) (in my head|in her head|through (the|my|"
     r"her|his)|when (no one|nobody|noone)|telepathically|with (her|his) mind)\b"
     r"|\b(plan|plans|plot|plots|scheme) against (me|us|the baby|my baby|her|him)\b"
     r"|\b(the|their|a) (plan|plot|scheme) to (steal|poison|kill|hurt|get rid of|take) (me|us|"
     r"the baby|my baby|her|him)\b(?! (to|for|out|swimming|home|round|in|on|with))"
     ),
    # More ways of telling the same experiences: grand talk of saving the world, men outside
    # waiting to take the baby, milk or food poisoned or tampered with, a secret only i can
    # know, the end coming, something evil or a presence after the baby, a bizarre rule of
    # direction "for protection".
    ("ps_more_told",
     r"\b(talking|talks|talk|going on|goes on|keeps going on|rambling|rambles|says|saying|"
     r"said) (\S+ ){0,3}about (saving the world|the end of the world|the apocalypse|"
     r"prophecies|being chosen)\b"
     r"|\b(men|people|someone|somebody|they|a man|strangers|a van|a car)( \S+){0,2} (are |is )?"
     r"(outside|in the street|at the window|downstairs|in the garden)( \S+){0,3} (waiting|"
     r"wanting|trying|coming|here) to (take|steal|get|snatch|kidnap|hurt) (the baby|her|him|us|"
     r"me|my baby)\b"
     r"|\bwaiting to (take|steal|snatch|kidnap) (the baby|my baby|her|him)\b(?! (to|for|out|"
     r"home|swimming|off|back|in|round))"
     r"|\b(milk|formula|food|water|bottle|bottles|drink|tea|medicine|vitamins) (is|are|was|were|"
     r"s|has been|have been) (poisoned|cursed|tainted)\b(?! (with|by|from|because))"
     r"|\b(someone|somebody|they|theyre|people|he|she)( is| are| s| keeps| has been| have been)?"
     r" (putting|put|slipping|slipped|adding|added|sneaking) (something|stuff|things|poison|"
     r"chemicals|drugs) (in|into) (it|them|everything|my food|my drinks|my tea|the food|the "
     r"milk)\b"
     r"|\b(hear|hearing|heard|hears) (?!(\S+ ){0,3}(crying|cry|cries|baby|the baby|her|him|"
     r"phone|ringing|the neighbours|neighbours|next door|upstairs|the tv|the radio|music)\b)"
     r"(\S+ ){0,4}(when|but|and) (no ones|no one is|nobody is|nobodys|there is "
     r"no one|theres no one|theres nobody|nobody was|no one was) (there|around|home|in)\b"
     r"|\bknow what (everyone|everybody|people|they|others) (is|are|s|re) thinking( \S+){0,3} "
     r"(i can hear|i hear|hear it|hear them|in my head)\b"
     r"|\b(secret|secrets|message|truth) (that )?only i (can|could|am allowed to|will) (know|"
     r"hear|understand|see)\b"
     r"|\bthe end (is coming|is near|is nigh|of the world is (coming|near))\b" + JOKE_AFTER
     + r"|\b(numbers|clock|times)( \S+){0,4} (keep|keeps) (matching|repeating|lining up)"
     r"( \S+){0,6} (means|meaning|sign|message)\b" + JOKE_AFTER
     + r"|\b(taken|stolen|snatched|hurt|harmed|possessed) by (something|someone) (evil|dark|"
     r"wicked|sinister)\b"
     r"|\b(something|someone) (evil|dark|wicked|sinister) (is |s )?(coming|wants|after|here|in "
     r"the house|in the room|watching)\b"
     r"|\b(a |the )?(presence|entity|spirit|ghost|demon)( \S+){0,4} (that|which|who) (wants|"
     r"want|is after|comes for|is coming for|is trying to take) (her|him|the baby|my baby|us|"
     r"me)\b"
     r"|\bfacing (north|south|east|west)\b( \S+){0,6} (protect|protection|safe|or|so)\b"
     r"|\b(protect|protection)( \S+){0,6} facing (north|south|east|west)\b"),
]

EXAMPLES = Examples(
    must_match=(
        "the adverts on my phone are all about me. they know what i said to the baby this "
        "morning word for word. someone is in the house",
        "i've been given a gift since the birth. i can see auras and the baby's is black. i "
        "don't know what that means yet but i'm scared of her",
    ),
    must_not_match=(
        "my phone is spying on me, all i get is nappy ads",
        "im crying at adverts constantly lol",
    ),
)

"""Psychosis described without its words (first round): codes and signals, messages for me,
chips and replacements, a purpose fulfilled, implants, the soul and the mirror, foresight,
surveillance, songs and a saviour.

Borderline: a baby talking to her reflection, tiredness after two days awake with a teething
baby, adverts that follow you around are ordinary.
"""

from safety.rules.family import Examples

RULES: list[tuple[str, str]] = [
    # Situations described without the topic words (from messages written without the rules).
    ("ps_coded",
     r"\b(in (morse )?code|morse code|code words|coded (messages?|signals?|signs?)|secret "
     r"(messages?|signals?|signs?|codes?)|hidden (messages?|meanings?|signals?|signs?))\b"
     r"( \S+){0,10} (me|to me|for me|telling|meant|about me|my)\b"
     r"(?!( \S+){0,8} (lovely|sweet|cute|book|card|lol|haha)\b)"
     r"|\b(signalling|signaling|signals|signalled|signaled|winking|nodding|gesturing|gestures|"
     r"code words|coded looks) (to each other|between them|between themselves|at each other) "
     r"(\S+ ){0,3}(about me|at me|about us|about my)\b"
     r"|\b(everyone|everybody|they|all of them|the whole)( \S+){0,5} (was|were|is|are) (all )?"
     r"in on it\b"
     r"|\b(clearly|definitely|obviously|directly|specifically|secretly) (meant|intended|aimed|"
     r"directed|talking|speaking) (for|at|to|about) (me|us|my (son|daughter|baby|family))\b"),
    ("ps_signals_from",
     r"\b(tv|radio|presenter|presenters|newsreader|news|adverts|advert|ads|neighbours|strangers|"
     r"people|cars|number plates|birds|lights|the universe|everyone|the street lights|the clock|"
     r"songs|the songs)( \S+){0,3} (giving|gives|gave|sending|sends|sent|leaving|leaves|flashing|"
     r"flashes|showing|shows|spelling out|spell out|spell) (me |us )?(secret |hidden |special |"
     r"coded )?(signals|signs|messages|codes|clues|hints|warnings)\b"
     r"|\b(number plates|registration plates|car plates|numbers|the clock|street signs) "
     r"(\S+ ){0,3}(spell|spelling|spelt|spelled|mean|are|were) (\S+ ){0,2}(messages|message|"
     r"words|signs)\b"),
    ("ps_message_for_me",
     r"\b(its|it is|thats|that is|theyre|they are|they re|it s|this is) (a |all )?(message|"
     r"messages|sign|signs|signal|signals|code|warning) (for|to|meant for|sent to) (me|us)\b"
     r"(?!( \S+){0,6} (lol|haha|to go to bed|to (have|get) (a|some|more)|to stop|to sleep|to "
     r"rest))"
     r"|\b(someone|somebody|they|theyre|people|the nurses|the neighbours|he|she|my husband|my "
     r"partner|my mum|my mother in law|hes|shes) (is |are |keeps |has been |have been |s )?"
     r"(putting|put|puts|adding|added|slipping|slipped|sneaking) (poison|chemicals|drugs|bleach|"
     r"something) (in|into) (my|the|her|his|our) (babys |baby s )?(food|drink|drinks|tea|formula"
     r"|milk|bottles|"
     r"bottle|water|coffee)\b"
     r"|\b(faces|everyone|everyones faces|people|everybody|his face|her face|their faces)"
     r"( \S+){0,3} (look|looks|looked|seem|seems) (fake|like masks|like a mask|like plastic|not "
     r"real)\b"),
    ("ps_unseen_signals",
     r"\b(that|which|who|but) (nobody|no one|noone) else (can|could|is able to) (see|hear)\b"
     r"|\b(hes|shes|he is|she is|this is|thats|that is|its|it is|baby is|babys) not (my|our) real "
     r"(baby|son|daughter|child)\b"
     r"|\b(tv|radio|news|adverts|songs|lights|clock|numbers|birds|walls|universe|stars|god|"
     r"angels|moon|sun|the baby|voices|voice)( \S+){0,3} (telling|tells|told) (me|her"
     r"|him) (what to "
     r"do|what to think|secrets|when to|where to|how to)\b"
     r"|\b(cars|car|lights|headlights|number plates|birds|neighbours|strangers|people|the tv|the "
     r"radio)( \S+){0,8} (to warn me|warning me|to signal me|signalling to me|signaling to me|to "
     r"tell me something)\b"
     r"|\b(they|someone|people|them) (can |could |will |are )?(find|track|trace|locate|watch|"
     r"tracking|watching) (us|me|the baby) (through|via|using|with) the (wifi|tv|internet|smart "
     r"meter|router|5g|bluetooth|sockets|light bulbs|smoke alarm)\b"
     r"|\b(will|is going to|is here to|was born to|came to|has come to|must|is meant to) (save"
     r"|heal|"
     r"redeem|end|destroy) (the world|humanity|mankind|us all|everyone)\b(?!( \S+){0,6} (one|lol|"
     r"haha|cuteness|with (her|his) (smile|cuteness)))"
     r"|\b(mother of god|the virgin mary|second coming|the new messiah)\b"
     r"|\b(i think|im sure|im convinced|i know|i believe|i feel like) (that )?(im|i am|i m|we are|"
     r"were|i was|i died and) (dead|a ghost|not alive|in hell)\b(?! (tired|on my feet|inside))"
     r"|\b(pretending|pretend|pretends) (that )?(im|i am|i m) (alive|still alive|real|here)\b"),
    ("ps_chips_and_replacement",
     r"\b(chip|chips|microchip|microchips|tracker|trackers|tracking device) (\S+ ){0,6}(in|into|"
     r"inside) (the|my|our|her|his) (\S+ )?(vaccine|vaccines|jab|jabs|injection|injections|"
     r"dummy|bottle|milk|nappy|nappies|teeth|vitamins)\b"
     r"|\b(chip|chips|microchip|microchips) (\S+ ){0,6}to (track|monitor|control|watch|spy on) "
     r"(us|me|her|him|the baby)\b"
     r"|\b(was|were|got|has been|had been|been) (replaced|swapped|switched|taken and replaced) "
     r"(\S+ ){0,2}(in the night|overnight|while "
     r"i (slept|was asleep)|when i (slept|was asleep))\b"
     r"|\b(tested|testing|judged|judging|punished|punishing) (\S+ ){0,2}by (god|the devil|satan|"
     r"the universe|angels)\b( \S+){0,8} (if i fail|fail|pass|die|dies|sacrifice)\b"
     r"|\b(tv|radio|people on (the )?tv|presenter|presenters|newsreader|the news) (\S+ ){0,3}"
     r"(know|knows|knew|say|says|saying|said|keep saying|call|calling) (my name|our names|my "
     r"babys name|about me)\b(?!( \S+){0,6} (competition|shout out|shoutout|dedication|request|"
     r"lol|haha|it was|won)\b)"
     r"|\b(see|understand|know) how everything (connects|is connected|fits together|links)\b"
     r"(?! in (the|a|this) (book|film|show|story|series|puzzle|game))"
     r"|\beverything (connects|is connected|is linked|fits together) (now|to me)\b"
     r"|\b(people|someone|somebody|a man|men|a woman|creatures) (are |is )?(living|hiding|staying)"
     r" (in )?(the|our|my) (loft|attic|walls|roof|basement|cellar|vents)\b"
     r"|\b(mirror|mirrors)\b( \S+){0,8} (see|watch|watching|spy|spying|get|take|come) (\S+ ){0,2}"
     r"(her|him|us|me|the baby|through)\b"
     r"|\b(hear|hearing|heard) (\S+ ){0,3}my name( being)? (called|said|whispered|shouted)\b"
     r"(?!( \S+){0,6} (by|it was|turned out|monitor|lol|but|its|it s|just|toddler|husband|"
     r"partner|kids)\b)"
     r"|\b(smell|smelling|smelt|smelled) (burning|smoke|gas|rotting|death|rotten) (\S+ ){0,4}(but|"
     r"and) (theres|there is|nothing|no one|nobody|its not)\b"),
    ("ps_purpose_done",
     r"\b(put|sent|placed|brought|born) (here |on earth |to earth |on this earth |into this world )"
     r"(to|for|just to) (have|bring|deliver|save|carry|give birth|birth)\b"
     r"|\bmy (job|work|mission|purpose) ((here|on earth) (is|s) (done|complete|finished|over|"
     r"fulfilled)|(is|s) (done|complete|finished|over|fulfilled)( now)?$|(is|s) (done|complete|"
     r"finished|over|fulfilled) (now )?(and|so) i can (go|rest|leave))\b"
     r"|\b(the )?(walls|wall|house|ceiling|mirrors|trees|furniture) (have|has|has got|have got) "
     r"(eyes|faces)\b"
     r"|\beverything (has|had|holds) (a )?(hidden |special |secret |deeper )?(meaning|"
     r"significance)\b(?! (when|for|in))"
     r"|\b(receiving|getting|get|got) (secret |hidden |special |coded )?(messages|signals|signs|"
     r"codes|instructions|orders) (through|from|via|on|in) (the )?(baby monitor|monitor|walls|wifi|"
     r"phone|lights|fridge|microwave|dummy|plug|sockets|smoke alarm|oven)\b"),
    ("ps_implants_and_signs",
     r"\b(pregnant|carrying) (\S+ ){0,4}(from|by|with) (god|the holy spirit|angels|jesus|an angel|"
     r"the devil)\b"
     r"|\b(implanted|inserted|planted) (something|a chip|a device|a tracker|chips|devices|things) "
     r"(in|into|inside) (me|my|her|him|the baby)\b"
     r"|\b(spells|spelling|spelt|spelled) out (my|our|her|his|the babys|my daughters|my sons|my "
     r"babys) (name|names|death|a date|date)\b"
     r"|\b(wallpaper|carpet|tiles|curtains|walls)( \S+){0,6} (spells|spell|spelling|spelt|spelled) "
     r"(out )?(my|our|her|his|the babys|a message|messages|words|names)\b"
     r"|\b(wallpaper|carpet|tiles|curtains|walls) (is |are |s |keeps |keep )?(moving|breathing|"
     r"crawling|melting)\b"
     r"|\b(awake|up) for (\d+|two|three|four|five|several) (whole )?(days|nights)\b( \S+){0,10} "
     r"(cleaned(?! nothing)|rearranged|reorganised|redecorated|painted|not tired|not even tired"
     r"|wired"
     r"|buzzing)\b"
     r"|\b(came|come|comes|is|sent) from (another|a different|an alien|outer) (planet|world|"
     r"dimension|galaxy|universe)\b(?!( \S+){0,6} (lol|haha|cute|adorable)\b)"
     r"|\b(people|everyone|they|strangers|the neighbours|the tv|the baby|someone) (can|could|are|"
     r"keep|is) (read|reading|hear|hearing) my (mind|thoughts)\b(?!( \S+){0,6} (lol|haha|brought|"
     r"knew i wanted)\b)"
     r"|\b(poison|poisoned|poisoning|chemicals) (in|into) (the|my|our) (tap water|water|food|milk|"
     r"formula|air|drink|drinks)\b( \S+){0,6} (for me|to (get|kill|hurt|control) me|they|"
     r"someone)\b"),
    ("ps_soul_and_mirror",
     r"\b(the baby|baby|she|he|it|something|someone|they|the devil|a demon)( is| s| are| keeps)? "
     r"(trying to|wants to|want to|going to) (take|steal|eat"
     r"|suck out) my soul\b(?!( \S+){0,6} (lol|"
     r"haha)\b)"
     r"|\b(actress|actor|actors|spy|spies|agent|agents|imposter) (sent|paid|hired|planted) to "
     r"(watch|spy on|follow|monitor|test|trick) (me|us)\b"
     r"|\b(finding|find|found|seeing|see|saw|reading|read) (secret |hidden |coded )(messages?"
     r"|signs?|"
     r"codes?|symbols?) (in|on|from)\b(?!( \S+){0,8} (lovely|sweet|cute|book|card|letter|note|lol|"
     r"haha)\b)"
     r"|\b(voices|voice|music|things|sounds|noises|people|someone|a voice|whispers|whispering|"
     r"singing|a man|a woman|faces|shadows)( that| which| who)? (nobody|no one|noone) else (can"
     r"|could|"
     r"is able to) (see|hear)\b"
     r"|\b(man|woman|face|someone|person|girl|boy|figure) in the (mirror|mirrors) (who|that|keeps|"
     r"is|tells|talks|says|watches)\b(?!( \S+){0,6} (looked like|looks like|it was me"
     r"|reflection)\b)"
     r"|\bthe chosen (mother|mum|mom|one|vessel|woman)\b(?! (for|at|when)\b)(?!( \S+){0,4} (lol|"
     r"haha|apparently)\b)"
     r"|\b(i|im|i am|my baby|the baby|she|he|my son|my daughter) (is |am |s )?the key to "
     r"(everything|the universe|it all|the world)\b"
     r"|\b(bugged|bugging|tapped|wiretapped) (our|my|the) (flat|house|home|phone|phones|room|"
     r"bedroom|car)\b(?!( \S+){0,4} (just kidding|joking|lol|haha)\b)"),
    ("ps_foresight_and_surveillance",
     r"\bi (can )?(know|knew|see|sense|predict) (things|what will happen|everything) before (they|"
     r"it) (happen|happens)\b"
     r"|\b(planes|helicopters|drones|satellites|birds|the cars|cars)( \S+){0,3} (are |is )?"
     r"(watching|following|tracking|spying on|recording) (us|me|the baby|our house)\b"
     r"|\b(the baby|my baby|she|he) is (part of )?(the|my|a) (punishment|test|curse|experiment)\b"
     r"|\b(newsreader|news reader|presenter|tv presenter|dj|the person on tv|man on tv|woman on tv|"
     r"man on the tv|woman on the tv) (\S+ ){0,2}(winked|winks|nodded|nods|pointed|points) at me\b"
     r"(?!( \S+){0,6} (studio|in person|lol|haha)\b)"),
    ("ps_songs_and_saviour",
     r"\bevery (song|advert|ad|number|car|word|sign|bird|plate|programme|headline)( \S+){0,4} (is|"
     r"was|are) (a )?(message|messages|sign|signs|code|clue)\b"
     r"|\b(next|new) (saviour|savior|messiah|chosen one)\b"
     r"|\b(i can|i could|im able to|i am able to|ive been able to) (control|move|stop|start"
     r"|change) "
     r"(\S+ ){0,3}with my (mind|thoughts|brain)\b(?!( \S+){0,4} (lol|haha)\b)"
     r"|\beyes (turned|went|go|turn|turning|turn) (completely |totally |pitch )?black\b"),
]

EXAMPLES = Examples(
    must_match=(
        "every car that goes past flashes its lights at me to warn me",
        "the baby can read my mind and she's plotting with my husband",
    ),
    must_not_match=(
        "my daughter keeps talking to her reflection in the mirror, so cute",
        "i've been awake for two days with a teething baby and i cleaned nothing",
    ),
)

"""Psychosis named in first person: the dead talking, voices, messages meant for me, being
watched or plotted against, a baby swapped or evil, being chosen, thoughts broadcast.

Borderline: questions about psychosis as a topic ("can you hear voices with psychosis"), jokes
and nicknames ("the teething demon", "swapped at birth lol"), voices from a monitor or the
neighbours, feeling judged by the health visitor are ordinary (the idioms).
"""

from safety.rules.family import Examples

RULES: list[tuple[str, str]] = [
    ("ps_dead_talking",
     r"\b(dead|late|deceased) (mother|mum|father|dad|nan|gran|grandma|grandad|husband|wife|baby|"
     r"sister|brother|friend|son|daughter) (\S+ ){0,2}(is )?(telling|talking to|speaking to|"
     r"calling|ordering|commanding) (me|us|her|him)\b"
     r"|\b(hear|hearing|heard|hears) (\S+ ){0,4}(ordering|commanding|instructing) me\b"),
    ("ps_voices",
     r"\b(hear|hears|hearing|heard) (?!(my|his|her|your|our|the babys|babys) (\S+ )?(voice|"
     r"voices)\b)(\S+ ){0,2}(voices|a voice|the voice|voice|whispers|"
     r"whispering|god|angels|the devil|demons|people talking in (the|my) (walls|head|ceiling)|"
     r"someone talking in (the|my) (walls|head|ceiling)|commands|instructions)\b"
     r"(?! (of|on the|in the nct|from the|in the next|through the monitor|on the monitor|"
     r"next door|downstairs|in the womb|from the womb|before birth|before they are born|"
     r"before theyre born|yet))"
     r"|\b(hear|hears|hearing|heard) (people|someone|voices|things) (\S+ ){0,4}(in|through|"
     r"inside|from) (the|my) (walls|wall|ceiling|vents|head|plug|plugs|pipes)\b"
     r"|\bthe voices (are|have|keep|were|say|said|tell|told|want|come|came|won|in my head|"
     r"started|get|got)\b|\bvoices? (in my head|telling|tell|told|saying|instructing|"
     r"ordering|commanding|say i|say she|says i|tells me)\b"),
    ("ps_messages_for_me",
     r"\b(tv|radio|news|adverts|ads|advert|songs|song|music|lights|clock|clocks|numbers|birds|"
     r"walls|the walls|wall|furniture|the house|the fridge|the microwave|plants|trees|"
     r"phone|computer|newsreader|presenter|presenters|people on (the )?(tv|news|radio)|"
     r"universe|stars|cars|number plates|signs|street signs|posters|billboards|the baby|"
     r"god|angels|the moon|the sun|the trees|the wind|the neighbours|strangers) "
     r"(\S+ ){0,3}((told|tells|telling|ordered|orders|instructed|instructs|commanded|wants) "
     r"(me|her|him) to|talking about (my (son|daughter|baby|family|husband|wife|partner|kids)|the "
     r"baby|me|us)|talking (directly |straight |only )?to (me|her|him)|talking "
     r"about us|speaking (directly |straight |only )?to (me|her|him)|speak to me|"
     r"talk to me|sending (me |her |him |us )?(\S+ )?(messages|signals|signs|codes)|send "
     r"(me |her |him |us )?(\S+ )?(messages|signals|signs|codes)|messages (for|meant for|"
     r"to) (me|her|him|us)|signs (for|meant for) (me|her|him|us)|"
     r"about me and|watching me|watch me|are about me|is about me|knows what im thinking|"
     r"know what im thinking)\b"
     r"|\b(receiving|getting|get|got|sent|sending) (secret |hidden |special |coded )?"
     r"(messages|signals|signs|codes|instructions) (through|from|via|on|in) (the )?(tv|"
     r"radio|news|adverts|songs|lights|clock|numbers|birds|universe|stars|walls|god)\b"
     r"|\b(hidden|secret|special|coded) (messages|signs|signals|codes|meanings) (\S+ ){0,4}"
     r"(for|meant for|to|about) (me|her|him|us)\b"
     r"|\b(messages|signs|signals) (are |were |is )?(meant )?for me\b"),
    ("ps_watched",
     r"\b(watching|spying on|spy on|listening to|following|monitoring|tracking|recording|"
     r"filming|bugged|bugging|reading) (me|us|my thoughts|our house|the house|my mind) "
     r"(\S+ ){0,2}(through|via|in|with|from|using) (the |my |our )?(tv|walls|wall|vents|"
     r"mirror|mirrors|baby monitor|monitor|phone|smoke alarm|lights|camera|cameras|"
     r"microwave|wifi|radio|sockets|plugs|fridge|satellite|satellites|drones|windows)\b"
     r"|\b(listening|watching|spying) (through|via|in) (the |my |our )?(baby monitor|monitor|"
     r"tv|walls|vents|phone|smoke alarm|lights|sockets|mirror)\b"
     r"|\b(cameras|camera|microphones|microphone|bugs|listening devices|tracking devices|"
     r"trackers|chips|microchips|micro chips|implants|implant|wires) (hidden )?(\S+ ){0,2}(in|"
     r"inside|into|behind) (the|my|our|her|his|me) (\S+ ){0,1}(head|brain|body|formula|milk|food|"
     r"walls|wall|teeth|arm|smoke alarm|lights|light|tv|mirror|plug|plugs|socket|sockets|vents|"
     r"ceiling|teddy|clock|fridge|radio|skin|eyes|blood|nappies|bottles)\b"
     r"|\b(hidden|secret|planted|put|installed) (cameras|camera|microphones|bugs|listening "
     r"devices|tracking devices|trackers) (\S+ ){0,6}(spy|watch|watching|listen|listening|film|"
     r"filming|record|recording|track|tracking|on me|on us)\b"
     r"|\b(cameras|camera) (\S+ ){0,4}to (spy|watch|film|record)\b"
     r"|\bspy(ing)? on (me|us)\b"
     r"|\bbeing (followed|watched|spied on|monitored|tracked|poisoned|recorded|filmed|"
     r"controlled|experimented on|hunted|targeted|plotted against)\b"
     r"(?! (by (the|my) health visitor|on the scales|for (her|his) weight|closely by the|at (baby "
     r"group|group|the park|the clinic|the shops|work|nursery|church|soft play)|in public|"
     r"by (my|him|her|his) |by (the )?(lack|tiredness|sleep|exhaustion|stress|hormones)))"),
    ("ps_plot",
     r"\b(poisoning|poisoned|poison|drugging|drugged) (me|us|my food|my drinks|my food and|"
     r"the baby|my baby|her|him|my milk|the milk|the formula|the babys (formula|milk|food"
     r"|bottles?)|"
     r"babys (formula|milk|food|bottles?))\b(?! (with|on|by accident))"
     r"|\b(plotting|plot|conspiracy|conspiring|out to get) (against )?(me|us)\b"
     r"|\bfor (experiments|experimenting|an experiment|sacrifice|a sacrifice)\b"
     r"|\b(coming|trying|going|want|wants|plotting|planning|plan) to (steal|kidnap|snatch|"
     r"sacrifice|experiment on|replace) (the baby|my baby|our baby|her|him|them|my son|"
     r"my daughter)\b(?! (from (the|her|his) (cot|pram)|toy|dummy))"
     r"|\bbarricad(e|ed|ing)\b(?!( \S+){0,12} (from him|he|hes|husband|partner|boyfriend|"
     r"my ex)\b)|\bmicro ?chip(s|ped)?\b"),
    ("ps_swapped",
     r"\b(swapped|switched|replaced|changed|exchanged|taken and replaced) (\S+ ){0,4}"
     r"(at the hospital|at birth|in the hospital|in hospital|by (an |a )?(imposter|impostor|"
     r"double|robot|fake|clone|alien|demon|fairies|lookalike|duplicate|copy)|with (an |a )?"
     r"(imposter|impostor|double|"
     r"robot|fake|clone|alien|demon|different baby|another baby|lookalike|doll|replica|"
     r"fake baby|changeling|stranger))\b"
     r"|\b(imposter|impostor|changeling|replica|body double)\b"
     r"|\b(isnt|is not|not|aint) (human|a human|a real baby|of this world|from this world|"
     r"from this planet|a person)\b"
     r"|\b(they|theyve|they ve|they have|someone has|somebody has|nurses|midwives|the hospital|"
     r"hospital|doctors|someone|somebody|people|she|he|"
     r"the staff|the nurse|the midwife|the nurses|the midwives|the doctors|husband|partner|"
     r"wife|boyfriend|girlfriend|mother in law|mil|mum|dad) (\S+ ){0,2}"
     r"(swapped|switched|replaced|stole|kidnapped) ((my|our|the) (real )?(baby|son|daughter|"
     r"child|boy|girl|twins)|him|her|them)\b(?! (onto|on to|into|to|over|from|s|round|around|"
     r"off|out|for(?! (another|a different|a fake|someone|a doll|an imposter|an impostor))|"
     r"with(?! (another|a different|a fake|an imposter|an impostor|someone|a doll|"
     r"a robot|a changeling))))"
     r"|\b(baby|he|she|son|daughter|child|it|him|her|husband|partner|mum|wife) (is|s|isnt|is not) "
     r"(not|a fake|fake|not really) (real|my real|human|the real|mine|my baby|my child)\b"
     r"(?! (sure|bothered|interested|keen|happy|hungry|tired|well|ok|okay))"),
    ("ps_evil_baby",
     r"\b(baby|he|she|son|daughter|child|it|newborn|him|her|infant|wife|husband|partner|"
     r"girlfriend|boyfriend|i|im|i am|hes|shes|its|babys) (is|s|are|am|was|has been|has|"
     r"have|seems|looks)? ?(really |actually |definitely |the |a |an |possessed by |"
     r"possessed by the |possessed by a )?(evil|devil|demon|demonic|possessed|antichrist|"
     r"anti christ|messiah|not human|an alien|alien|robot|cursed|chosen one|the chosen one|"
     r"saviour|savior|prophet|a prophet|the prophet|jesus|god|son of god|daughter of god|"
     r"reincarnated|reincarnation)\b(?! (at|at night|eye|eyes|face|look|when|lol|haha|for|"
     r"genius|mastermind|twin|laugh|grin|smile|plan|scheme|stepmother|queen|king|overlord|"
     r"mode|hour|stage|o clock|oclock|phase|child lol|sometimes|like|baby lol|to me lol|"
     r"at bedtime|in disguise lol))(?!( \S+){0,8} (lol|haha|hehe|lmao)\b)"
     r"|\b(thinks|think|believes|believe|says|said|convinced|insists|knows) (that )?"
     r"(she|he|i|the baby|they|baby|shes|hes|im) (is |are |am |s )?(a |the )?(prophet|"
     r"messiah|god|jesus|saviour|savior|chosen one|chosen|special|invincible|immortal|"
     r"famous|royalty|a spy|being watched(?! by (the|my|a|her|his) )|being followed|"
     r"being poisoned|dead|not real|"
     r"possessed|evil)\b"
     r"|\b(possessed|demonic|evil spirit|evil spirits|the devil|satan) (\S+ ){0,4}(baby|"
     r"him|her|son|daughter|child|eyes|house)\b"),
    ("ps_chosen",
     r"\b(ive|i have|i was|i am|im|weve|we have|she has|shes|he has|hes|she was|he was) "
     r"(been )?(chosen|selected|sent|picked) (\S+ ){0,2}?(by god|by the universe|by angels|"
     r"for a (divine|special|holy|higher|sacred)|to save|as the|for a mission|for this|$)"
     r"|\b(special|secret|divine|holy|sacred|god given) (mission|mission from god|purpose|"
     r"powers|power|abilities|gift from god|task|calling)( (\S+ ){0,3}(from god|i have|to|"
     r"for me|given to me|to save)|$)"
     r"|\b(have|got|gained|given|developed|with) (special |magic |super |psychic |magical )?"
     r"(powers|superpowers|psychic powers|psychic abilities|abilities)\b"
     r"(?!( \S+){0,12} (lol|haha|hehe|lmao|jk|xd)\b)"
     r"|\b(meant to|chosen to|mission to|have to|must|supposed to|sent to|need to|destined to|plan "
     r"to|plans to)"
     r" (save|protect|heal|rescue|cleanse) (everyone|the world|humanity|mankind|the universe|"
     r"us all|everybody|the human race|the planet)\b"
     r"|\b(can|could) (read (peoples |people s |everyones |other peoples )?minds|control "
     r"(the )?(weather|world|people|time|the sun|the tides|electricity)|hear (peoples |"
     r"everyones )?thoughts|see the future|talk to (god|angels|the dead|animals))\b"
     r"|\b(direct line|connection|connected|link|linked|speaking|talking) (to|with) (the "
     r"universe|god|the angels|angels|the spirits|spirits|the dead|the other side)\b(?!( \S+){0,6} "
     r"(pray\S*|prayer|prayers|church|strength|for help|at church)\b)"
     r"|\b(god|the universe|angels|jesus|the devil|satan) (has |is |keeps |)sent me (a |signs|"
     r"messages|a message|a sign|instructions|orders|visions|a vision|a mission|on a mission)\b"
     r"|\b(god|the universe|angels|jesus|the devil|satan) (is |has |was |keeps |have |had |are "
     r"|were )?"
     r"(talking|speaking|talks|speaks|told|tells|telling|sending|chose|chosen|choosing|"
     r"spoke|showing|picked|selected) (to )?(me|us|her|him|my)\b(?!( \S+){0,6} (prayer|prayers|"
     r"pray|praying|church|bible|scripture|faith)\b)"
     r"|\b(message|messages|sign|signs|instructions|orders|commands|mission|missions|task|"
     r"calling|quest) from (god|the universe|"
     r"angels|jesus|the devil|satan|aliens|the spirits)\b"
     r"|\b(superwoman|superman|superhuman|invincible|immortal|all powerful|all knowing)\b"
     r"(?! (lol|haha|mum|mom|mode|mummy|dad|daddy|costume|outfit|t shirt|top|babygrow))"),
    ("ps_thoughts_broadcast",
     r"\b(hear|hears|read|reads|reading|steal|stealing|stole|(?<!cant )(?<!cannot )(?<!not )"
     r"(?<!to )(control|controlling)|broadcast|broadcasting|put|putting|insert|inserting|know|"
     r"knows) (all )?(my|her|his) thoughts\b"
     r"|\b(control|controlling|controls|steal|stealing|stole|broadcast|"
     r"broadcasting|taken over|take over|taking over|poison|poisoning) (my|her|his) mind\b"
     r"|\b(thoughts|thought) (are |is |being )+(broadcast|stolen|put in|inserted|controlled|"
     r"read|taken)\b"
     r"|\b(hear|hearing|heard|read|reading) (the babys|babys|peoples|people s|everyones|"
     r"other peoples|his|her|their|my husbands|my partners|my babys) thoughts\b"
     r"|\b(the baby|my baby|baby) (is |s )?(trying|wants|out|plotting) to (kill|poison|hurt|"
     r"destroy) me\b(?! (with|lol|haha))"
     r"|\b(put|putting|inserted|inserting|planting|planted) (thoughts|ideas|things) (in|into) "
     r"my (head|mind|brain)\b"),
]

EXAMPLES = Examples(
    must_match=(
        "i think the baby is evil, he looks at me like he knows things",
        "i can hear people whispering about me in the walls at night",
    ),
    must_not_match=(
        "i keep feeling like i'm being watched by the health visitor, judged about everything",
        "how am i supposed to know what my baby is thinking when she cant talk",
    ),
)

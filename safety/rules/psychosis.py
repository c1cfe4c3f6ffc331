"""Psychosis: voices, visions, being watched, plotted against or chosen, a baby swapped or
evil, no need for sleep. Jokes, nicknames and real sounds stay ordinary."""

from safety.rules.shared import PEOPLE

# Read by this category only: a hedge (lol, the teething demon, voices from the monitor)
# softens a strange-sounding remark.
PSYCHOSIS_IDIOMS: tuple[str, ...] = (
    # Jokes and nicknames: "the devil tonight lol", "the teething demon".
    r"\b(devil|devils|demon|demons|possessed|evil|antichrist|gremlin|monster)\b( \S+){0,8} "
    r"(lol|haha|hahaha|hehe|lmao|xd|jk|joking|kidding)\b",
    r"\b(lol|haha|hahaha|hehe|lmao) (\S+ ){0,8}(devil|demon|possessed|evil|antichrist)\b",
    r"\b(nothing|none of (this|it)|everything|the world|everyone|everybody|the neighbours|"
    r"neighbours|they|my phone|the tv|the radio)\b( \S+){0,12} (lol|haha|hahaha|lmao|xd|jk|"
    r"joking|kidding)\b",
    r"\b(devil|demon|demons|monster|gremlin|terror|nightmare)( in (him|her|them))? (at|tonight|"
    r"today|this morning|this evening|during|when|whenever|every|all day|all night|in the car|"
    r"in the bath|at bedtime|at night)\b",
    r"\b(teething|sleep|regression|colic|wind|nappy|tantrum|growth spurt|witching hour|sugar|"
    r"overtired|bedtime|bath time|nap) (demon|demons|devil|devils|monster|monsters|gremlin)\b",
    # "possessed by a demon at 5pm every day, the witching hour": a fussy evening, named.
    r"\b(possessed|demon|demons|devil|devils|monster|evil|gremlin|exorcist|exorcism)\b( \S+){0,10}"
    r" (witching hour|every (day|evening|night)|teething|overtired|colic|no joke|growth spurt|"
    r"sleep regression|leap)\b",
    r"\b(witching hour|every evening|every night|teething|overtired|colic|growth spurt|sleep "
    r"regression)( \S+){0,10} (possessed|demon|demons|devil|devils|monster|exorcist|exorcism)\b",
    # Pets and toddlers "plotting against me"; the universe telling me to sleep.
    r"\b(cat|cats|dog|dogs|toddler|toddlers|kids|baby|babies|twins|puppy|kids)( \S+){0,2} (is|are|"
    r"s|re) (plotting|conspiring|ganging up) against (me|us)\b",
    r"\b(universe|my body|body|the baby)( \S+){0,3} (is |s )?(telling|tells|told) (me|us) to (get|"
    r"have|go to bed|rest|slow down|sleep|stop|eat|drink|chill|relax|nap)\b",
    # Energy that comes from coffee is not mania.
    r"\b(energy|wired|buzzing)( \S+){0,4} (from|thanks to|because of) (the )?(caffeine|coffee|red "
    r"bull|energy drinks?|sugar|adrenaline|cake)\b",
    # "swapped at birth lol he's so chilled": a joke about temperament.
    r"\b(swapped|switched|replaced|changeling)\b( \S+){0,10} (so chilled|so calm|so chill|so "
    r"easy|so good|so placid|laid back|nothing like|looks nothing like|so different|lol|haha|"
    r"hehe|lmao|jk|joking|kidding)\b",
    # A baby staring at "things nobody else can see" is a newborn quirk.
    r"\b(stares|staring|stared|looks|looking|smiles|smiling|laughs|laughing|giggles|giggling) at "
    r"(things|something|someone|people|stuff|nothing)( \S+){0,3} (nobody|no one|noone) else "
    r"(can|could) see\b",
    # Voices from a monitor, a screen or the neighbours are real sounds.
    r"\b(monitor|baby monitor|tv|radio|next door|next doors|neighbours|neighbour|neighbors|"
    r"podcast|audiobook|youtube|film|telly|speaker)( \S+){0,3} (voices|voice|whispers)\b"
    r"(?!( \S+){0,3} (telling|tell|tells|told|says|said|saying|isnt mine|to me|about me|want|"
    r"ordering|commanding|say i|"
    r"saying i))",
    r"\b(voices|voice|whispers|whispering) (\S+ ){0,4}(monitor|tv|radio|next door|next doors|"
    r"neighbours|neighbour|neighbors|podcast|telly|upstairs flat|downstairs flat)\b"
    r"(?!( \S+){0,3} (telling|tell|tells|told|says|said|saying|isnt mine|to me|about me|want|"
    r"ordering|commanding|say i|"
    r"saying i))",
    # "can you hear voices with postpartum psychosis" asks about people in general.
    r"\b((can|could|do|does|would|might|will) " + PEOPLE + r"|" + PEOPLE + r" (can|could|"
    r"might|may|do|sometimes|often)) (\S+ )?(hear|see|get|have|experience|start)( \S+){0,3} "
    r"(voices|things|hallucinations|delusions|paranoia)\b",
    # A dream's content is a story, not a belief: "had a weird dream my husband was a
    # different man with the same face", "i dreamt the baby could talk".
    r"\b(i|we|she|he) (had|have|keep having|kept having|has) (a|the|such a|this|the most|some|"
    r"these|weird|vivid|strange|crazy) (\S+ ){0,3}(dream|dreams|nightmare|nightmares)\b( \S+)"
    r"{0,16}",
    r"\b(i|we|she|he) (dreamt|dreamed|dreamnt)\b( \S+){0,16}",
    # Adverts that follow you around are not a plot.
    r"\b(phone|instagram|facebook|google|alexa|siri|tiktok|app|apps|laptop|smart speaker)"
    r"( \S+){0,3} (spying|listening|watching|tracking|eavesdropping)( on| to)? (me|us)\b"
    r"(?=( \S+){0,12} (ads|adverts|advert|advertising|algorithm|recommendations|suggested|"
    r"targeted|cookies|lol|haha)\b)",
)

# (rule id, pattern). The first rule to match names the result.
PSYCHOSIS_RULES: list[tuple[str, str]] = [
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
    ("ps_no_sleep_energy",
     r"\b(not|havent|hasnt|have not|has not|no|without|barely|hardly|didnt|did not|cant|"
     r"cannot|can not|wont|will not|doesnt|dont|not been able to) (slept|sleep|sleeping) "
     r"(\S+ ){0,2}(in|for|since) (\S+ ){0,2}(days|nights|day|tuesday|monday|wednesday|"
     r"thursday|friday|saturday|sunday|the birth|birth|she was born|he was born|week|weeks|coming "
     r"home|we got home|\d+ (days|nights)|two|three|four|five|several|72|48|96) (\S+ ){0,16}"
     r"(amazing|great|incredible|buzzing|wired|energy|energised|energized|racing|superwoman|"
     r"superhuman|ideas|invincible|fast|strange|strangely|weird|weirdly|paranoid|cleaning|"
     r"dont need|doesnt need|no need|convinced|euphoric|high|on top of the world|manic|"
     r"talking|chosen|special|powers|god|voices|not tired|never been better|best ive ever|"
     r"unstoppable|genius|signs|messages|mission|prophet|scared|plans|plan|excited|fantastic|"
     r"brilliant|wonderful|so much to do|elated|on fire|"
     r"hyper|agitated|restless|rambling)\b"
     r"|\b(up|awake) (for )?(\d+|two|three|four|five|several) (whole )?(hours|days|nights) "
     r"(\S+ ){0,10}(cleaning|buzzing|wired|energy|racing|signals|messages|voices|talking|writing a "
     r"plan|plan to|mission|save the world|"
     r"ideas|convinced|paranoid|strange|weird|manic|god)\b"
     r"|\b(dont|do not|no longer|doesnt|does not) need (to )?(sleep|any sleep|sleep anymore|"
     r"to rest)\b(?! (much|as much|during|in the|at|until|til|when|if|so))"
     r"|\b(not|havent|hasnt|have not|has not|no|without) (slept|sleep|sleeping) (\S+ ){0,2}"
     r"(since|in|for) (\S+ ){0,2}(days|nights) (\S+ ){0,6}(and|but) (feels?|feel|felt|"
     r"seems|says|is|im|she is|shes) (\S+ ){0,2}(fine|great|amazing|wired|buzzing|energised|"
     r"brilliant|fantastic|incredible|powerful)\b"),
    ("ps_seeing_things",
     r"\b(seeing|see|saw|seen|hearing|hear|heard|smelling|feeling|talking to|talks to|speaking "
     r"to|speaks to|responding to|laughing with|arguing with) (\S+ ){0,10}(that |which |who )?"
     r"(arent|are not|werent|isnt|is not|wasnt|was not|nobody else can|no one else can|"
     r"noone else can) (there|real|actually there|really there|see|hear|playing|happening)\b"
     r"|\b(code|codes|secret language|coded messages|coded message|hidden meaning|signals) "
     r"(\S+ )?(only|that only) (i|me) (can |could )?(understand|see|read|hear|know|decode)\b"
     r"|(?<!you )(?<!you start )(?<!people )(?<!people start )(?<!about )(?<!of )(?<!is )"
     r"(?<!mums start )\b(hallucinating|hallucinated|halucinating|hallucinting)\b"
     r"|\b(i|she|he|wife|partner|girlfriend|husband|boyfriend|mum) (\S+ ){0,2}(hallucinate|"
     r"hallucinates)\b"
     r"|\b(im|i am|i think im|shes|hes|she is|he is|wife is|partner is|girlfriend is) "
     r"hallucinating\b"
     r"|\b(i|im|she|he|shes|hes|wife|partner|girlfriend|husband|boyfriend|been|keep|keeps|"
     r"started) (\S+ ){0,2}(get|getting|"
     r"have|having|had|see|seeing|experiencing|started having|keep having) (\S+ )?"
     r"(hallucinations|hallucination)\b|^(having )?hallucinations\b"),
    ("ps_seeing_crawling",
     r"\b(i|im|i can|i keep|i kept|i have been|ive been|i am|i could|i just) (\S+ )?(see|seeing|"
     r"saw|seen|feel|feeling) (things|bugs|insects|spiders|faces|figures|people|shadows|snakes|"
     r"creatures|blood|eyes|demons|ghosts) (\S+ ){0,2}(crawling|moving|on the walls|in the "
     r"walls|on the ceiling|everywhere|under my skin|watching me|coming out)\b"),
    ("ps_knowing",
     r"\bknow (things|secrets|everything) (that )?(other people|others|nobody else|no one else|"
     r"noone else|normal people|no one) (dont|do not|cant|can not|doesnt)\b"
     r"|\b(i|im|i am) (can )?(see|seeing|know|knowing) (the future|what will happen|what people "
     r"are thinking|everyones thoughts)\b"),
    ("ps_seeing_spirits",
     r"\b(i|im|i can|i keep|i kept|i have been|ive been|i am|i could|she|he|she keeps|he keeps|"
     r"she can|he can) (\S+ )?(see|seeing|saw|seen|sees) (demons|devils|the devil|angels|spirits|"
     r"ghosts|evil spirits|monsters|aliens|dead people|a demon|an angel|a ghost|shadow people|"
     r"shadow figures|shadow men|dark figures|a dark figure|a shadow man|figures)\b"
     r"(?! (in (films|movies|the film|the show|my dreams)|on (tv|the tv)))"
     r"|\b(is not|isnt|not) (our|my|her|his|their) (real )?(baby|son|daughter|child) (\S+ ){0,4}"
     r"(swapped|switched|replaced|changed|stolen|fake|imposter|impostor)\b"
     r"|\b(control|move|change|make|bend|stop) (things|objects|people|the weather|the lights|the "
     r"world|time|electricity|cars|traffic) (happen )?(with|using|by) (my|her|his) (mind|thoughts|"
     r"brain|will)\b"),
    ("ps_being_watched",
     r"\b(someone|somebody|people|they|everyone|strangers|men|a man|a woman) (is |are |s |re |"
     r"keeps |keep )?(always |constantly |secretly )?(watching|following|spying on|listening to|"
     r"recording|filming|tracking|stalking) (me|us|our house|the house)\b(?! (breastfeed|feed|"
     r"feeding|struggle|struggling|parent|with the baby|like|and judging|judging|on instagram|"
     r"on facebook|on tiktok|online|change|at (baby group|the|group|work|nursery|clinic|church|"
     r"soft play|the park)|in (public|town|the))\b)"),
    ("ps_sent_by_evil",
     r"\b(sent|sent here|made|created|possessed|controlled|marked|chosen|taken over) by (the "
     r"devil|satan|demons|a demon|aliens|evil|evil spirits|dark forces|lucifer)\b"),
    ("ps_unreal",
     r"\b(nothing|none of (this|it)) (is|s) real\b"
     r"|\b(the world|everything|everyone|everybody|my family|people) (around me )?(is|are|s) "
     r"(fake|not real|a simulation|actors|robots)\b"
     r"|\b(baby|he|she|son|daughter|child|it|him|her|husband|partner|wife|i|im|my baby|the baby)"
     r" (isnt|is not|arent|am not|s not) real\b(?! (sure|bothered|keen|fussed|a fan|into|good|"
     r"great|happy|interested|worried|big on|struck))"
     r"|\b(im|i am) not real\b(?! (sure|bothered|keen|fussed|a fan|into|good|great|happy|"
     r"interested|worried|big on|struck))"),
    ("ps_in_my_head",
     r"\b(talking|talks|talked|speaking|speaks|spoke|whispering|whispers|whispered|telling me "
     r"things|tells me things|giving me orders) (to me )?in(side)? my (head|mind|brain)\b"
     r"|\b(hear|hearing|heard|hears) (\S+ ){0,3}in my (head|mind) (telling|talking|saying|"
     r"speaking|ordering|whispering)\b"),
    ("ps_spying_for",
     r"\b(spying|spy|spies|watching me|watching us|reporting back|report back|reporting on me|"
     r"listening in|keeping watch) (\S+ ){0,2}(for|to) (them|the government|the police|the devil|"
     r"satan|the aliens|mi5|the cia|the fbi|the hospital|social services)\b"),
    ("ps_telepathy",
     r"\b(talking|talks|speaking|speaks|communicating|communicates|reading|reads) (to me |to us |"
     r"my mind )?(with|through|using|via) (his|her|their|my|its) (mind|thoughts|brain|eyes and "
     r"mind)\b|\btelepath(y|ic|ically)\b"),
    ("ps_persecuted",
     r"\b(everyone|everybody|they|people|the world|the doctors|the nurses|the midwives|my "
     r"family|the neighbours|all of them|the government|the police) (is |are |s |re )?(all )?"
     r"(against me|out to get me|plotting|conspiring|in on it|in on (a|the) plan|in on this|"
     r"after me|trying to get me|"
     r"trying to hurt me|trying to poison me)\b"
     r"|\b(convinced|believes|believe|insists|insisting|sure|certain|knows|know|keeps saying|"
     r"thinks) (that )?(the baby|baby|he|she|my son|my daughter|our baby|the child|it|our son|"
     r"our daughter) (isnt|is not|s not|isn t) (hers|his|mine|ours|theirs|my baby|her baby|"
     r"our baby|real|human|really (hers|mine|ours))\b"
     r"|\b(gave|given|give|sent|handed) (me|us|her|him) (home )?(with )?(the )?wrong (baby|child|"
     r"one|newborn)\b|\b(not|isnt) the (right|same|real) baby\b"),
    # "she's acting odd" is as likely the baby: only named adults count.
    ("ps_acting_strange",
     r"\b(wife|partner|sister|daughter|girlfriend|husband|boyfriend|mum|fiance|"
     r"fiancee|friend) (\S+ ){0,2}(is |s |has been |seems |been )?(acting|behaving|being|"
     r"talking) (really |very |so |a bit |quite |extremely |completely )?(strange|strangely|"
     r"weird|weirdly|odd|oddly|paranoid|manic|bizarre|bizarrely|crazy|not like herself|"
     r"not like himself|out of character|confused|nonsense|gibberish)\b"
     r"(?! (when|because|cos|after|from|lol|haha|with tiredness|if))"
     r"|\b(she|he|wife|partner|sister|daughter|girlfriend|husband|boyfriend|mum) (is|s|has "
     r"been|seems|became|become|got|getting) (really |very |so |extremely |increasingly )?"
     r"(paranoid|manic|delusional|psychotic|confused and)\b"
     r"|\b(i|im|i am|ive been|i have been|i feel|feel|feeling) (really |very |so )?"
     r"(delusional|psychotic|manic|like im going mad and|like im losing touch with reality)\b"),
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
    ("ps_escape_them",
     r"\b(escape|hide|run|get away|flee)( \S+){0,4} (before|because) (they|the people|someone|"
     r"people) (come|comes|are coming|get|take) (for )?(us|me|her|him|them|the baby)\b"),
    ("ps_grown_and_dead",
     r"\b(speaks|talks|talked|spoke|speaking|talking) like (a|an) (grown|grown up|adult) (man"
     r"|woman|"
     r"person|adult)\b(?!( \S+){0,6} (lol|haha|cute|funny|already|hilarious)\b)"
     r"|(?<!nearly )(?<!almost )\b(i|we) (think i |actually |really )?(died|passed) (giving birth|"
     r"having (her|him|the baby)|in theatre)\b"
     r"|\bthis is (the afterlife|purgatory)\b"),
    ("ps_erotomania_and_plots",
     r"\b(presenter|celebrity|singer|actor|famous|tv presenter|newsreader|footballer|the doctor|"
     r"the midwife|the gp)( \S+){0,3} (is|s) (secretly )?in love with me\b"
     r"|\b(baby|she|he|i|im|we|my baby|the baby) (is|am|are|s|was) (part of|in|being used (in|for))"
     r" (a|an|the) (government |secret |alien |hospital |military )?(experiment|conspiracy|plot|"
     r"test)\b"
     r"|(?<!sat nav )(?<!satnav )(?<!alexa )(?<!siri )\bvoice\b( \S+){0,14} (tells|telling|told"
     r"|tell) "
     r"me (things|to|what)\b(?!( \S+){0,4} (turn|left|right|exit|roundabout)\b)"
     r"|\b(pumping|pumps|pumped|putting|releasing|sending) (gas|poison|chemicals|radiation|fumes|"
     r"smoke) (into|through|under) (our|my|the) (flat|house|home|room|vents|walls)\b"
     r"|\b(changing|changes|changed|turning|turns|turned) into (someone|something|a different "
     r"person) (else )?(when|whenever|every time) i (look away|blink|turn)\b"
     r"|\b(numbers|clock|signs|plates)( \S+){0,3} (are|is) (a )?countdown\b(?!( \S+){0,6} (lol|"
     r"haha|wedding|holiday|birthday|christmas)\b)"),
    ("ps_signals_and_tracking",
     r"\b(they|nurses|doctors|everyone|the midwives|the neighbours|my family"
     r"|people)( \S+){0,4} (are|"
     r"were|is) (all )?(part of it|in league)\b(?!( \S+){0,6} (surprise|cake|party|lol|haha)\b)"
     r"|\breporting (everything|on) (i do|me|us)\b"
     r"|\b(communicating|talking|speaking|sending messages) (with|to) me (through|via|in) (the )?"
     r"(static|tv|radio|walls|lights|wifi|monitor)\b"
     r"|\b(lights|light bulbs|bulbs|tv|radio|electrics?)( \S+){0,3} (flicker|flickers|flickering"
     r"|turn"
     r" on|turn off|buzz)( \S+){0,2} (when|whenever|every time) i (think|look|say|walk)\b"
     r"|\b(talking|speaking|talks|speaks) (to|with) (jesus|god|the angels|angels|the devil|satan"
     r"|the "
     r"dead|spirits|the universe)\b( \S+){0,4} (told|tells|said|says|wants|ordered) (me|her|him"
     r"|us)\b"
     r"|\bso (they|nobody|no one|the government|the signals?) (cant|can not|wont|cannot) (track|"
     r"trace|detect|find|read|hear|scan) (her|him|us|me|the baby|my thoughts)\b(?! (nappy|feeds|"
     r"sleep|naps|weight|feeding|changes|progress))"),
    ("ps_sky_messages_poisoned_food",
     r"\b(clouds|stars|trees|leaves|birds|the sky)( \S+){0,3} (forming|form|formed|spell|spelling|"
     r"sending|send) (messages|words|signs|letters)\b"
     r"|\b(food|drink|drinks|milk|tea|water|formula) (is |s |are )?being poisoned\b"),
    ("ps_been_swapped",
     r"\b(shes|hes|she has|he has|she s|he s|they have|theyve|baby has|she was|he was) been "
     r"(swapped|switched|replaced|changed)\b(?! (over|round|to|into|onto|from|out|for (a|the) "
     r"(bottle|formula|size)))(?!( \S+){0,6} (lol|haha|nappy|nappies|room|cot|formula|bottle|"
     r"shift|sides)\b)"),
    ("ps_walls_and_devices",
     r"\b(walls|the walls|house|furniture|trees|vents|ceiling) (are |is )?(whispering|talking|"
     r"speaking|breathing|watching)\b(?!( \S+){0,4} (lol|haha)\b)"
     r"|\bput (a|an) (device|chip|tracker|microchip|implant|camera) (in|into|inside) (me|my|her"
     r"|him|"
     r"the baby)\b"
     r"|\b(code|codes|coded|message|messages|signals)( \S+){0,6} (im|i am) the only one who (can )?"
     r"(understand|hear|see|decode|read)\b"
     r"|\b(talking|talk|talks|saying|say|says|mention|mentions|mentioning) (about )?(my"
     r"|our) (babys |"
     r"baby s )?(name|baby|son|daughter)( \S+){0,3} on (every|all the|each) (channel|station|"
     r"programme|show)\b"),
    ("ps_spirit_speaks",
     r"\b(spirit|spirits|ghost|ghosts|presence|entity|demon)( \S+){0,4} (telling|tells|told"
     r"|talking "
     r"to|speaks to|speaking to) me\b(?!( \S+){0,4} (lol|haha)\b)"),
    ("ps_hidden_people",
     r"\b(man|woman|someone|somebody|people|a person|a stranger|something) (is |are )?(living"
     r"|hiding|"
     r"staying) in (the|our|my|her|his) (wardrobe|cupboard|loft|attic|walls|wall|cellar|basement|"
     r"roof|chimney)\b(?!( \S+){0,4} (lol|haha|mice|mouse)\b)"
     r"|\b(birds|pigeons|crows|cats|dogs|the neighbours|neighbours)( \S+){0,2} (are|is) (spies|"
     r"spying|sent to (watch|spy|follow))\b"
     r"|\b(guard|protect|watch over) (the baby|my baby|her|him) from the (people|person|man|men|"
     r"things|voices|shadows) in the (walls|loft|attic|ceiling|dark)\b"),
    ("ps_other_side",
     r"\b(messages?|signals?|signs?) from the other side\b(?! of)"
     r"|\b(im|i am|i m) the only one who (can )?(see|sees|knows|understands) (the )?(danger|truth|"
     r"plan|what is happening|whats happening|whats really)\b(?! (in|of|with|on) )"
     r"|\bmy thoughts (are|were|is) being (played|read out|broadcast|shown|put)\b"
     r"|\b(pumping|pumps|pumped|putting|releasing|sending) (something|gas|chemicals|poison|smoke) "
     r"(through|into|in) the (vents|walls|pipes|air|taps|water)\b"),
    ("ps_clone_made",
     r"\b(baby|she|he|my husband|my baby|the baby) is (a )?(clone|robot|copy|replica) (they|that "
     r"they|someone)? ?(made|built|grew|created)\b"
     r"|\b(made|grown|created|built) in (a|the) (lab|laboratory)\b(?!( \S+){0,4} (formula|milk|"
     r"vitamins|lol)\b)"),
    ("ps_blood_and_aliens",
     r"\b(see|seeing|saw|seen) (\S+ ){0,2}(blood|faces|eyes|shapes) (dripping|running|moving|"
     r"crawling|appearing) (down|on|in|across) (the )?(walls|wall|ceiling|floor)\b"
     r"|\b(taken|abducted|stolen|snatched) by (aliens|the aliens|the fairies|fairies|demons|the "
     r"devil|spirits)\b(?!( \S+){0,8} (story|book|film|tale|lol|haha|fairy tale)\b)"
     r"|\bgod (wants|told|tells|asked) me to (give|send|return|sacrifice) (the baby|my baby|her"
     r"|him)"
     r" (back|to him|up)\b"),
    ("ps_soul_leaving",
     r"\b(soul|spirit) (is )?(trying to|going to|about to|wants to)? ?(leave|leaving|left) (her"
     r"|his|"
     r"their|my) body\b"),
    ("ps_protect_by_water",
     r"\b(take|taking|bring|carry|carrying|walk|put) (her|him|them|the baby|my baby|my son|my "
     r"daughter|baby) (\S+ ){0,2}(to|into|in) the (sea|river|water|lake|ocean|woods|forest|fire|"
     r"canal|waves)\b( \S+){0,10} (protect|save|cleanse|purify|safe from|keep (her|him|them) safe"
     r"|from them|wash away|baptise|baptize|before they|heal|so (they|nobody|no one) (cant|can not|"
     r"wont) (get|find|take|hurt))\b"
     r"|\b(water|sea|fire|the light|the blood|the river|the ocean|the flames) (will|would|can|is "
     r"going to) (protect|save|cleanse|purify|heal) (her|him|them|the baby|us|my)\b"
     r"|\b(protect|save|hide|keep|get) (her|him|them|the baby|us|my baby) (safe )?(away )?from "
     r"them\b(?! (germs|bugs|colds|all))"
     r"|\b(baptise|baptize|baptising|baptizing|baptised|baptized|cleanse|cleansing|purify|"
     r"purifying) (him|her|them|the baby|my baby|my son|my daughter|baby)? ?(in|with|by) (fire|"
     r"the fire|flames|blood)\b"),
    ("ps_destiny",
     r"\b(meet|fulfil|fulfill|follow|called to|reach|find|meet with|born to meet) (my|our) "
     r"(destiny|calling|divine purpose|true purpose)\b"
     r"|\b(ive|i ve|i have|im|just|i just) (started|starting|set up|launched|planned) (\d+|two"
     r"|three|four|five|six|seven|eight|"
     r"nine|ten|several) (businesses|companies|books|charities|new businesses)\b"
     r"|\b(so much|too much|loads of|boundless|crazy|insane|unbelievable) energy\b( \S+){0,10} "
     r"(havent slept|not slept|no sleep|dont need sleep|days)\b"
     r"|\b(havent slept|not slept) (\S+ ){0,3}(days|nights)\b( \S+){0,12} (so much|too much|"
     r"loads of|boundless|crazy|insane|unbelievable) energy\b"),
    ("ps_unreal_world",
     r"\b(everything|everyone|life|the world|it all|the house|my life)( \S+){0,2} (feels|is|looks|"
     r"seems) like (a |an |im in a |im on a |we are in a |were in a )?(film set|movie set|stage "
     r"set|set|stage|the truman show|truman show|simulation|video game|computer game|play)\b"
     r"(?! (when|with|lol|haha))"
     r"|\b(everyone|everybody|people|they|my husband|my partner|the nurses|the doctors|my family)"
     r"( \S+){0,2} (is|are|were|s) (all )?(just )?(actors|an actor|a robot|a clone|clones"
     r"|acting a part|playing parts|"
     r"playing a part|robots|imposters|impostors|replaced|not real people)\b"
     r"|\b(floating|float|floated|hovering|hover) (above|outside|out of) (my )?(own )?body\b"
     r"|\bwatching (myself|my body|me) (from (above|outside|the outside|a distance|the ceiling)|"
     r"like (a|in a) (film|movie))\b"
     r"(?!( \S+){0,8} (is (that|this|it) (normal|sleep|tiredness)|sleep deprivation|normal|"
     r"dissociation|dissociating)\b)"
     r"|\bcant get back (in|into) (my )?(body|myself)\b"),
    ("ps_inside_her",
     r"\b(something|someone|somebody|a demon|demons|an evil|evil|a spirit|the devil|satan|another "
     r"person|another soul|a stranger)( else)? (is |living |lives |hiding |that lives |has got "
     r"|got )?inside (her|him|them|the baby|my baby|my son|my daughter)\b"
     r"(?! (tummy|belly|mouth|nappy|ear|nose|throat|eye))"
     r"|\b(it|that) (isnt|is not|wasnt|aint) (really )?(her|him|my baby|my son|my daughter) "
     r"(looking|in there|behind|staring)\b"
     r"|\b(speaks|spoke|speaking|talks|talked|talking|said|says|laughs|laughed) (to me )?(in )?"
     r"(a |an )?(grown up|grownup|adult|mans|old mans|womans|old womans|demonic|deep mans) "
     r"voice\b"),
    ("ps_strange_senses",
     r"\b(hear|hearing|heard|taste|tasting|tasted|smell|smelling) (the )?(colours|colors)\b"
     r"|\b(see|seeing|saw) (the )?(sounds|music|noises)\b"
     r"|\bshadow (people|figures|man|men|person|creatures|things|beings)\b"
     r"|\b(i|we|im|were|the baby|she|he|we are|i am|she is|he is|shes|hes) (\S+ )?(already|"
     r"actually|really) (dead|died|a ghost|ghosts)\b(?! (tired|on my feet|inside))"
     r"|\b(im|i am|we are|were|were all|i think im|i think we are|this is) (in|living in) (the "
     r"afterlife|purgatory|limbo)\b"
     r"|(?<!nearly )(?<!almost )(?<!could have )(?<!couldve )\b(i|we) (actually |really |"
     r"already |think i |think we )?(died|passed) (in|during|at) (labour|childbirth|the birth|"
     r"birth|delivery|the operation|the c section|theatre)\b(?! (and (was|were) (brought|"
     r"resuscitated|revived)))"
     r"|\b(nobody|no one|noone) (has )?(told|tells|will tell) me (that )?(im|i am|i was|we are|"
     r"were) dead\b"),
    ("ps_organisation",
     r"\b(followed|watched|tracked|monitored|hunted|targeted|spied on) (\S+ ){0,3}by (an "
     r"organisation|an organization|the government|mi5|mi6|the police|the cia|the fbi|a cult|the "
     r"secret service|the state|people in cars|men in|a gang|a group|the masons|the illuminati)\b"
     r"|\b(organisation|organization|government|mi5|mi6|cia|fbi|secret service|illuminati|"
     r"freemasons|a cult|the cult|the masons|the agency|the state) (\S+ ){0,3}(is |are |has been |"
     r"have been )?(following|watching|tracking|monitoring|after|targeting|spying on|recording|"
     r"listening to|hunting|coming for) (me|us|the baby)\b"),
    ("ps_named",
     r"\b(i|she|wife|partner|he|girlfriend|sister|daughter|i think i|she might|i might|"
     r"i may|she may|think i|think she|im|shes|mum|my wife|my partner) (think |might |may |"
     r"could |definitely |probably )?(have|has|having|got|getting|s got|ve got|developed|"
     r"developing|diagnosed with|been diagnosed with|is in|am in|going into|showing signs "
     r"of|signs of|is getting|am getting|is developing|am developing|in) (postpartum |"
     r"postnatal |post partum |post natal |puerperal |pp )?(psychosis|psychotic episode|"
     r"mania|manic episode)\b"),
]

# Phrase families for postpartum psychosis described without its words (b_crisis training
# part). Each family names the experience, not one message: a person or baby replaced, the
# baby speaking or chosen, messages from screens and numbers, surveillance through the house,
# senses others do not share, mania, unreality, bizarre protective plans, and the family
# noticing "not herself" next to a strange belief.

# A strange belief that, next to "not herself" or "not making sense", makes a family's worry
# about a mother psychosis rather than tiredness ("god" alone is an interjection, so only
# god doing something counts; "signs" alone is "signs of pnd").
_STRANGE_BELIEF = (
    r"(angel|angels|by god|from god|god (told|tells|wants|said|says|sent|chose|is telling|has "
    r"chosen)|the devil|satan|demon|demons|been chosen|chosen one|a mission|special powers|"
    r"powers|spirits|the universe|prophecy|the protection|the plan|voices|cameras|replaced|"
    r"swapped|poisoned|being watched|being followed|the signs(?! of)|the truth about|the "
    r"mission|what i know about|the messages)"
)
_NOT_HERSELF = (
    r"(not (herself|himself|myself|themselves)|not making sense|making no sense|talking "
    r"nonsense|talking gibberish|doesnt make sense|dont make sense|having a breakdown|saying "
    r"(strange|weird|odd) things|acting (strange|weird|odd)|(has|have|s|ve) changed)"
)
_JOKE_AFTER = r"(?!( \S+){0,10} (lol|haha|hehe|lmao|jk|joking|kidding)\b)"
_PERSON = (
    r"(mum|mother|husband|partner|wife|dad|father|baby|son|daughter|boyfriend|girlfriend|"
    r"sister|brother|mother in law)"
)

PSYCHOSIS_RULES += [
    # Someone close replaced by a double: "my mum is not my mum", "same clothes but not him",
    # "coming back as someone slightly different", "she says she is the real mother".
    ("ps_double",
     r"\b(my |our |her |his )?" + _PERSON + r" (is not|isnt|s not|is no longer) (really )?"
     r"(my|our|her|his) (real )?" + _PERSON + r"\b" + _JOKE_AFTER
     + r"|\bsame (face|clothes|voice|body|eyes|hair|smile)( \S+){0,4} but (its |it s |it was |"
     r"hes |shes |he is |she is |theres )?(not (him|her|them|really|my)|something (behind|else|"
     r"different|wrong))\b"
     r"|\b(coming back|comes back|came back|returned|returns) as (someone|somebody|something|a "
     r"different (person|man|woman|baby))\b"
     r"|\b(keeps saying|says|said|claims|claiming|pretends|pretending) (that )?(hes|shes|he is|"
     r"she is|to be) (my|our|her|his|the) (real )?(husband|partner|wife|mum|mother|baby|son|"
     r"daughter|dad|boyfriend|girlfriend)\b" + _JOKE_AFTER
     + r"|\b(she|he) (says|said|claims|claimed|told me) (that )?(she|he) (is|s|was) (the|her|"
     r"his) real (mother|mum|mom|father|dad|parent)\b"
     r"|\b(knew|know|could tell|can tell|realised|realized|sure|certain|convinced)( then| now|"
     r" straight away)?( that)? (it|that|this|she|he) (wasnt|isnt|is not|was not) (really )?"
     r"(her|him|my baby|mine|my son|my daughter|my husband|my partner|my mum)\b"
     r"(?! (fault|who|that|doing|crying|lol|haha))"
     r"|\b(they|someone|somebody|people|the fairies|the nurses) (took|taken|stole|swapped|"
     r"switched|have taken|ve taken) (mine|my real one|the real one|my real (baby|son|daughter|"
     r"husband|partner))\b"
     r"|\b(my|our|the|her|his) real (baby|son|daughter|child|husband|partner|mum) (was|has "
     r"been|is|s|got|had been) (taken|stolen|swapped|switched|hidden|somewhere|elsewhere|still "
     r"(in|at|out))\b"
     r"|\b(my|our|the|her|his) (real )?(baby|son|daughter|child|newborn|husband|partner) (was|"
     r"has been|had been|got|s been|were) (swapped|switched|replaced|exchanged)\b(?! (to|onto|"
     r"over|from|into|out|round|for))(?!( \S+){0,8} (lol|haha|formula|bottle|nappy|nappies|"
     r"ward|room|cot|shift)\b)"
     r"|\b(the one|this one|this baby|the baby|baby|she|he|it)( in the (cot|crib|moses basket|"
     r"pram))? (is|s) (a |just a |only a )?(replacement|substitute|stand in)\b"
     r"|\bthey (got|have got|ve got|have gotten|get) to (her|him|them|my \S+) (too|as well|"
     r"already|now)\b"),
    # A newborn speaking, telling or showing things ("the baby spoke to me. full sentences",
    # "heard the baby say help me", "a language only they share").
    ("ps_baby_speaks",
     r"\b(the baby|my baby|our baby|her baby|his baby|the newborn|my newborn|our newborn|"
     r"baby) (\S+ ){0,3}(spoke|speaks|speaking|talked|talks|talking|said|says|whispered|"
     r"whispers) (to (me|her|him|us) )?(\S+ ){0,2}(in )?(full |whole |proper |real |clear )?"
     r"(sentences|through (dreams|my dreams|her dreams|his dreams|my mind|her mind|thoughts)|"
     r"in a (voice|language))\b(?!( \S+){0,10} (lol|haha|hehe|babble|babbling|gibberish|cute|"
     r"adorable)\b)"
     r"|\b(the baby|my baby|our baby|her baby|his baby|the newborn|my newborn|our newborn) "
     r"(has |had )?(told|tells|showed|shown|has shown) (me|her|him|us)\b(?!( \S+){0,6} (its|it "
     r"is|when|she is|hes|shes|he is|she needs|he needs|lol|haha|hungry|tired|off|to feed)\b)"
     r"|\b(heard|hear|hears|hearing) (the baby|my baby|our baby|the newborn) (say|saying|said|"
     r"speak|speaking|whisper|whispering)\b(?! (mama|mummy|mum|dada|daddy|dad|her first|his "
     r"first|first|hi|hiya|no|uh oh|bye|baba|something like|what sounded))"
     r"|\b(language|code|words) (that )?only (we|they|she and i|he and i|the two of us|us two|"
     r"me and (her|him|the baby)) (share|understand|know|speak|can understand)\b"
     r"|\b(told|tells|telling) (me|her|him) (that )?(i was|im|i am|i have been|she was|she is|"
     r"shes|she has been) (chosen|the chosen|a prophet|special and)\b"),
    # The house alive, and voices or crying from inside it ("the walls breathe", "a baby
    # crying in the walls", "it talks to me about her", "tiny lights ... sing to me").
    ("ps_house_alive",
     r"\b(the )?(walls|wall|ceiling|floor|furniture|house|vents|curtains|wallpaper) (have |has )?"
     r"(started |start |begun |keep |keeps )?(breathe|breathes|breathing|whisper|whispers|"
     r"whispering|talk|talks|talking|speak|speaks|speaking|watch|watches|pulse|pulses|pulsing|"
     r"move in and out|moving in and out|moves in and out)\b(?!( \S+){0,6} (lol|haha|wind|"
     r"draught|thin)\b)"
     r"|\b(tiny|little|small|invisible) (people|men|women|person|man|woman|creatures|figures)"
     r"( \S+){0,2} (living|hiding|staying|live|hide|come out)\b"
     r"|\b(baby|babies|child|children|someone|somebody|people|a woman|a man|voices|a voice) "
     r"(crying|screaming|talking|singing|whispering|laughing|living) (in|inside|behind) the "
     r"(walls|wall|ceiling|floor|pipes|vents)\b"
     r"|\b(it|the lights|lights|shadows|the shadows|colours|the colours|flowers|trees|stars|toys|"
     r"furniture|the walls|the house|objects|they) (\S+ ){0,2}(sing|sings|singing|talk|talks|"
     r"whisper|whispers|whispering) to me (about|at night|every|when)\b"
     r"|\b(lights|orbs|sparks|figures|faces|shapes)( \S+){0,3} (dancing|floating|flying|circling|"
     r"spinning|hovering) (around|over|above|near) (her|his|my|the babys|the) (head|cot|crib|"
     r"body)\b(?!( \S+){0,6} (mobile|projector|nightlight|night light|toy|lamp|lol)\b)"
     r"|\b(lights|orbs)( \S+){0,12} (and )?they (sing|talk|whisper|speak) to me\b"),
    # Figures and shadows with a purpose, that others cannot see.
    ("ps_figures",
     r"\b(shadow|shadows)\b(?! of)( \S+){0,6} (stand|stands|stood|standing|watch|watches|"
     r"watching|walk|walks|walked|walking|reach|reaches|reaching|lean|leans|leaning|carry|"
     r"carries|carrying|take|took|came|come|comes)( \S+){0,3} (the |my |our |her |his |a )?(cot|"
     r"crib|baby|her|him|me|us|bed|moses basket|babys|nursery|stairs)\b"
     r"|\b(a|an) (man|woman|figure|person|lady|old man|old woman|girl|boy|child|stranger|shape) "
     r"(\S+ ){0,2}(standing|stood|sitting|sat|leaning|crouching|watching) (at the (end|foot|"
     r"side) of|over|by|next to|beside|in the corner of) (the|my|our|her|his) (bed|cot|crib|"
     r"moses basket|room|nursery)\b(?!( \S+){0,6} (dream|dreamt|lol|haha|turned out|it was|"
     r"coat)\b)"
     r"|\b(woman|man|figure|person|shadow|lady|girl|boy|child|face|faces|someone|ghost|angel)"
     r"( \S+){0,12} (my husband|my partner|he|she|they|nobody else|no one else|everyone else|"
     r"anyone else) (cant|can not|cannot|couldnt|could not|doesnt|does not|didnt|did not) see "
     r"(her|him|it|them|anything)\b"
     r"|\b(everyone|everybody|they|people|the others)( else)? (is |are |s |were |re )?(just )?"
     r"(pretending|pretend|pretends) (that )?(they (cant|can not|cannot|dont|do not|didnt)|not "
     r"to (see|hear|notice|know))\b"
     r"|\b(light|lights|glow|an aura|aura|rays) (is |are )?(coming|pouring|radiating|shining|"
     r"beaming|streaming) (off|from|out of) (her|him|the baby|my baby)\b(?!( \S+){0,6} (window|"
     r"sun|lamp|monitor|screen|nightlight|night light)\b)"
     r"|\b(is|s) (not|no) (an )?(ordinary|normal|regular) (baby|child|human)\b( \S+){0,10} (glow|"
     r"glows|light|chosen|powers|god|angel|angels|devil|mission|sent)\b"
     r"|\b(insects|bugs|worms|spiders|creatures|parasites|ants|maggots) (\S+ ){0,2}(under|"
     r"beneath|inside) (my|her|his|the babys|babys|our babys|my babys) (skin|eyes|blood|brain)\b"),
    # Messages meant for me from screens, songs, numbers and birds.
    ("ps_meant_for_me",
     r"\b(man|woman|lady|guy|person|people|presenter|presenters|newsreader|newsreaders|"
     r"weatherman|weather man|weather girl|forecaster|dj|host) on the (weather|weather forecast|"
     r"forecast|news|tv|telly|television|radio|advert|adverts|screen)( \S+){0,3} (keeps |kept |"
     r"is |was |were |are |has been |have been )?(telling me|talking to me|talks to me|speaking "
     r"to me|speaks to me|looking at me|looked at me|looking right at me|winking at me|pointing "
     r"at me|talking about me|talking about us)\b"
     r"|\b(newsreader|presenter|presenters|the news|the tv|the telly|the radio|weatherman|the "
     r"advert|the dj)( \S+){0,4} (looked|looks|looking|stared|staring) (right|straight|directly) "
     r"(at|into) (me|my eyes)\b"
     r"|\b(was|is|were|are) (meant|intended|aimed) (only )?(for|at) me\b( \S+){0,2} (not|and not|"
     r"only) (for )?(everyone|anyone|the others|other people|anybody)\b"
     r"|\b(radio|tv|telly|playlist|songs|music|spotify|adverts|advert)( \S+){0,5} (in a|in the) "
     r"(special|certain|secret|particular|specific|coded) (order|sequence|pattern)\b( \S+){0,10} "
     r"(so|for|to tell|telling|me|i)\b"
     r"|\bevery (number|sign|song|car|plate|number plate|advert|colour|word)( \S+){0,3} (has "
     r"been|have been|were) (a )?(sign|signs|message|messages|code|clue|clues)\b"
     r"|\b(they|signs|numbers|the signs|the numbers) (all )?(point|points|pointed|pointing) (to|"
     r"at) me\b(?! (for|lol|haha))"
     r"|\b(numbers|number|digits|readings|the scales|the clock|plates|dates|the weights)( \S+)"
     r"{0,5} (are|is|were|was) (a |some kind of |some sort of |all )?(code|codes|coded|cipher|"
     r"secret code)\b(?!( \S+){0,4} (lol|haha)\b)"
     r"|\b(in morse|morse)\b( \S+){0,8} (for me|to me|me|telling)\b"
     r"|\b(message|messages|code|codes|signals|signal|instructions) (hidden|buried|encoded|"
     r"coded) (in|inside|into|within) (the|my|a|her|his|every|all)\b(?!( \S+){0,6} (lol|haha|"
     r"book|card|gift|present|puzzle)\b)"
     r"|\b(play|played|playing|plays) (it|them|the songs?|the lullaby|the recording) backwards\b"
     r"|\b(arranging|arranged|arrange|arranges|forming|formed|form|forms|lining|lined|line|"
     r"lines) (up )?themselves (up )?(into|in|to form|to spell) (letters|words|shapes|patterns|"
     r"messages|numbers|a message|signs|my name)\b"
     r"|\b(phone|tv|radio|computer|laptop|ipad|tablet|screen|monitor|baby monitor|smart speaker|"
     r"alexa|the lights|the fridge)( \S+){0,3} (is |keeps |has been |was )?(sending|sends|sent|"
     r"giving|gives|gave) (me |her |him |us )?(secret |hidden |special |coded )?(instructions|"
     r"orders|commands)\b"
     r"|\b(talking|whispering|laughing|signalling|signaling) about (me|us|me and my baby|me and "
     r"the baby|my baby)( \S+){0,10} (code|code word|code words|coded|secret word)\b"
     r"|\bwhat (she|he|the baby|my baby|it) really (is|was)\b(?! (like|doing|thinking|saying|"
     r"feeling|allergic|after|about|trying|up to|worth|called|for))"
     r"|\b(knew|know|realised|realized|could tell|can tell) (then |now |straight away )?(that )?"
     r"(they|the devil|satan|someone) (had |has |have )?sent (her|him|them|it)\b(?! (home|away|to|"
     r"a|an|the|back|for|off|out|over|round|me|some|flowers|photos|pictures|messages))"),
    # Being listened to through the house, thoughts sent on, things put inside the body.
    ("ps_listened_through",
     r"\b(listening|listen|listens|listened|watching|watch|watches|spying|recording|records|"
     r"recorded|filming) (to |on )?(me |us |everything )?(through|via|from|in|inside) (the |my |"
     r"our )?(taps|tap|pipes|radiators|radiator|floor|floorboards|ceiling|light fittings|"
     r"lightbulbs|light bulbs|drains|plug sockets)\b(?!( \S+){0,6} (lol|haha|neighbours?|next "
     r"door|arguing|music|party)\b)"
     r"|\b(sending|sends|sent|send|reading|reads|broadcasting|broadcasts|transmitting|transmits|"
     r"reporting|reports|uploading) (back )?(everything|all) i (think|thought|am thinking|m "
     r"thinking|dream)\b"
     r"|\b(took|take|taken|removed|pulled) (the |its )?(battery|batteries|sim|sim card|plug)"
     r"( out)?( \S+){0,3} (but|and) (it|they) (still|is still|are still|keeps) (knows|know|"
     r"listening|listens|watching|watches|hears|recording)\b"
     r"|\b(put|puts|putting|planted|placed|inserted|implanted|injected) something (in|into|"
     r"inside|under) (my|me|her|his|the babys|my babys|our babys) (\S+ ){0,2}(that|which|so|and|"
     r"to)( \S+){0,4} (hear|track|watch|control|read|follow|listen)\b"),
    # Everyone in on it, a test with a penalty, the baby handed to "them", a denial that
    # only deepens the belief ("he says he's alone", "the doctor says there's nothing there").
    ("ps_in_on_it",
     r"\b(hes|shes|he is|she is|theyre|they are|they re|were all|everyone is|the doctor is|the "
     r"doctors are|the midwife is|the midwives are|the nurses are|my husband is|my partner is|"
     r"my family is|my mum is) (all )?in on it\b(?!( \S+){0,6} (surprise|party|cake|present|"
     r"gift|joke|lol|haha)\b)"
     r"|\b(health visitor|midwife|midwives|nurse|nurses|doctor|doctors|gp|husband|partner|mum|"
     r"mother in law|neighbours|neighbour|family|police|social worker|the hospital|the council)"
     r"( \S+){0,2} (is|are|was|were|s|re) (all )?part of it\b(?! all)(?!( \S+){0,6} (surprise|"
     r"party|lol|haha|team|village)\b)"
     r"|\b(give|giving|gave|hand|handing|handed|sell|selling|sold) (our|the|my|her) (baby|son|"
     r"daughter|child) (over )?to (them|the devil|the cult|the aliens)\b(?! (for|while|so|at|on|"
     r"this|tomorrow|when|to|tonight))"
     r"|\bif i fail( \S+){0,4} (they|he|she|god|the devil|everyone)( \S+){0,1} (will|ll|would|are "
     r"going to|is going to) (know|take|come|punish|kill|find out)\b"
     r"|\b(they|he|she|everyone|people)( \S+){0,1} (will|ll|would|are going to) (know|find out|"
     r"realise|realize|see) (that )?(im|i am|i m) not (the|her|his) real (mother|mum|mom|parent)\b"
     r"|\b(says|said|swears|insists|insisted|tells me|told me|keeps saying|keep saying) (that )?"
     r"(hes|shes|he is|she is|he was|she was|theyre|they are|there is|theres|there was|there s|"
     r"it is|its|it s) (alone|all alone|nothing there|no one there|nobody there|not there|just "
     r"the pipes|the pipes)\b"
     r"|\b(smell|smelling|smelt|smelled) (burning|smoke|gas|rotting|death|rotten|blood|decay)"
     r"( \S+){0,8} (says|said|swears|insists) (theres|there is|there was|its|it is) (nothing|no "
     r"smell|no burning|no smoke|not)\b"),
    # Instructions from outside and bizarre protective plans: told by an angel, waiting for the
    # next steps, rituals to keep her safe, rules with a magical penalty, the family told to
    # keep the baby hidden.
    ("ps_instructions_and_rituals",
     r"\b(told|instructed|ordered|commanded|shown) by (the |an |a )?(angel|angels|god|jesus|the "
     r"devil|satan|a spirit|spirits|the spirits|the voice|the voices|the universe|a demon|"
     r"demons)\b"
     r"|\b(waiting|wait|waited) (to be told|for) (the |my )?(next|more|further) (instructions|"
     r"steps|orders|signs|sign|messages|message|signal)\b(?!( \S+){0,6} (hospital|doctor|gp|"
     r"midwife|consultant|surgery|council|nursery|clinic|school|work|appointment|results|"
     r"scan)\b)"
     r"|\bwaiting to be told (them|the rest|the next)\b"
     r"|\buntil (im|i am|i m|we are|were|she is|shes) told (to stop|otherwise|where to go)\b"
     r"(?! by (the|my|a|her) )"
     r"|\b(tell|tells|show|shows|reveal|reveals|give|gives|send|sends) (me|us|her|him) the (rest|"
     r"next part|next step|next steps) of the (plan|instructions|message|mission|prophecy)\b"
     r"|\b(the |all the )?(signs|voices|numbers|lights|birds|messages|songs) (all )?(say|said|"
     r"says|tell|told|telling|are telling|were telling) (me )?(that )?(i|we) (need|have|must|"
     r"should|got) to (leave|go|take|walk|run|hide|get out|move)\b"
     r"|\b(bury|buried|burying|burn|burned|burnt|burning)( \S+){0,4} (at midnight|in the garden "
     r"at|to keep (her|him|them|us|the baby) safe|to protect (her|him|them|us|the baby)|as an "
     r"offering)\b"
     r"|\b(count|counted|counting|touch|touched|touching|tap|tapped|tapping)( the| all the| "
     r"every)? (cars|birds|steps|tiles|people|windows|doors|lights|numbers|stairs|bricks|"
     r"leaves)( \S+){0,6} (to keep|so|or|keeps|kept) (us|her|him|them|the baby|me|my baby|"
     r"everyone) (safe|alive|protected)\b"
     r"|\b(has to|have to|must|need to|needs to|got to|should) (\S+ ){1,8}or (the baby|she|he|"
     r"they|we|my baby|it|her|him)( \S+){0,1} (will|would|ll|is going to|are going to|gets|get) "
     r"(be )?(taken|stolen|swapped|switched|replaced|cursed|possessed|disappear|vanish|taken "
     r"away|taken back)\b"
     r"|\bif i (stop|ever stop|dont|do not|take my eyes|look away|close my eyes|fall asleep|"
     r"sleep|let (her|him) go|put (her|him) down|leave (her|him))( \S+){0,4} (she|he|they|the "
     r"baby|we|it|my baby)( \S+){0,1} (will|would|ll|is going to|are going to|might) (be )?"
     r"(taken|stolen|swapped|switched|replaced|cursed|possessed|disappear|vanish|taken back|"
     r"taken away)\b"
     r"|\b(break|breaks|broke|broken|breaking|ruin|ruins|ruined|undo|undoes|undid) the "
     r"(protection|protections|circle|shield|charm|ritual|pact)\b"
     r"|\b(told|instructed|ordered|have|has|need|needs|must|been told) to keep (him|her|them|the "
     r"baby|my baby) (hidden|secret|a secret|out of sight)\b"
     r"|\bso (the angels|angels|god|the demons|demons|the devil|the spirits|spirits) (can|cant|"
     r"can not|cannot|wont|will not|will|could) (find|see|reach|get to|track|watch|take) (him|"
     r"her|them|us|the baby|me)\b"
     r"|\bbefore (the )?(flood|floods|apocalypse|end of the world|they come|they get here|they "
     r"find us|they take (her|him|the baby))\b"),
    # Mania: powers, prediction, a new religion, the secret of everything, savings given away,
    # racing ideas, a universe open to me, euphoria with days of no sleep.
    ("ps_mania",
     r"\b(convinced|believes|thinks|sure|certain|insists|knows) (that )?(she|he|i|shes|hes|im) "
     r"(has|have|had|has got|s got|ve got|got) (special |magic |super |psychic |magical |"
     r"healing )?(powers|superpowers|abilities|healing hands)\b"
     r"|\b(tried|trying|tries|try|wants|wanted) to (heal|cure) (\S+ ){0,4}(by touching|with (her|"
     r"his|my) (hands|touch|mind)|by laying)\b"
     r"|\b(able to|can|could) (predict|foresee) (everything|the future|what will happen|whats "
     r"going to happen|what is going to happen|what happens next)\b" + _JOKE_AFTER
     + r"|\b(writing|wrote|written|started|starting|founding|founded|creating|created|inventing|"
     r"invented) (a |my )?(new |own )?(religion|bible|gospel|prophecy|cult)\b" + _JOKE_AFTER
     + r"|\b(solved|worked out|figured out|cracked|discovered|found|know|understand|understood|"
     r"realised|realized) (it |everything |the answer )?(\S+ ){0,2}(the )?(reason for|meaning "
     r"of|answer to|secret of|secret to|truth about) (everything|it all|life|the universe|the "
     r"world|existence|humanity)\b(?!( \S+){0,8} (lol|haha|sleep|nap|naps|coffee|wine|bedtime|"
     r"feeding|cake|dummy)\b)"
     r"|\b(need|have|must|got|going|want) to (call|ring|phone|contact|tell|warn|meet) (the )?"
     r"(prime minister|president|king|queen|pope|royal family|united nations|white house)\b"
     r"(?!( \S+){0,6} (lol|haha|about)\b)"
     r"|\b(gave|given|giving|give|donated|donating|donate) (away )?(all )?(of )?(my|our) "
     r"(savings|life savings|inheritance|house deposit|pension)\b"
     r"|\bmoney (wont|will not|doesnt|does not|wont even) matter (after|soon|anymore|once)\b"
     r"|\b(head|mind|brain) (is |s )?(so |too )?(full of|racing with|bursting with|buzzing with|"
     r"exploding with) (ideas|plans|projects|inventions)\b(?! for)( \S+){0,6} (cant keep up|too "
     r"fast|so fast|at once)\b"
     r"|\b(bought|registered|buying|registering) (\d+|several|loads of|so many|ten|six|five|"
     r"dozens of) (domains|domain names|websites|businesses|companies)\b"
     r"|\bi (feel|felt) (so |really |incredibly |completely |totally )?(powerful|invincible|"
     r"unstoppable|limitless|superhuman|godlike|like a god)\b( \S+){0,15} (put here|dont (even )?"
     r"need (to )?(eat|sleep)|chosen|havent slept|mission|destined)\b"
     r"|\bthe universe (is |has )?(completely |totally |fully |finally )?(open|opened|opening|"
     r"revealing|revealed|aligned|aligning|unlocked) (itself )?(to|for|with) me\b"
     r"|\b(happiest person alive|happiest ive ever|euphoric|invincible|unstoppable|so much energy"
     r"|boundless energy|very fast|too fast|wonderful|limitless|on top of the world)\b( \S+)"
     r"{0,20} (havent|have not|hasnt|has not|not|barely|without|no) (slept|sleep|sleeping)"
     r"( \S+){0,3} (in|for|since) (\S+ ){0,2}(days|nights|the birth|birth|\d+ (days|nights)|"
     r"two|three|four|five|several)\b"),
    # The world or the self unreal: another version of my life, outside my body, the old me
    # standing beside me.
    ("ps_other_version",
     r"\b(version|copy) of (my|this|our|her|his) (life|world|reality|house|family)( that| which)?"
     r" (isnt|is not|wasnt|was not|arent) (the )?real\b"
     r"|\b(im|i am|were|we are|i m|she is|shes|i think im|i think we are) (in|living in|stuck "
     r"in|trapped in) (a|the|another|some) (wrong|parallel|alternate|alternative|fake) (timeline|"
     r"reality|dimension|universe)\b" + _JOKE_AFTER
     + r"|\b(cant|can not|cannot|couldnt) tell (if|whether) (im|i am|this is|anything is|any "
     r"of this is|were|we are) (real|alive|dead)\b"
     r"|\bnothing (feels|is|seems) real\b( \S+){0,10} (pinching|awake|dead|alive|simulation|"
     r"fake)\b"
     r"|\b(im|i am|i m|i was|i felt|i feel|i feel like im|i feel like i am|where im|where i m|"
     r"where i am) (not in|outside|outside of|out of|floating out of|above) my (own )?body\b"
     r"|\bwatching (myself|my body|me) (\S+ ){0,3}from (across|the other side of|the corner of|"
     r"the end of|outside) (the )?(room|bed|kitchen)\b"
     r"|\b(the old me|my old self|another me|a copy of me|my double|the real me)( \S+){0,2} (is "
     r"|was )?(standing|sitting|watching|following|next to|beside|behind|talking to me|"
     r"staring)\b" + _JOKE_AFTER),
    # The family's worry: "not herself" or "not making sense" next to a strange belief, or a
    # named adult talking fast and not making sense.
    ("ps_not_herself",
     r"\b" + _NOT_HERSELF + r"\b( \S+){0,25} " + _STRANGE_BELIEF + r"\b"
     r"|\b" + _STRANGE_BELIEF + r"\b( \S+){0,25} " + _NOT_HERSELF + r"\b"
     r"|\b(wife|partner|girlfriend|daughter|sister|mum|fiancee|fiance|husband|boyfriend)"
     r"( \S+){0,3} (is |s |keeps |has been |been |was )?(not making "
     r"sense|making no sense|talking gibberish|saying things that (dont|do not|didnt) make "
     r"(any )?sense|(speaking|talking) (too|so|really|very|super) fast)\b(?!( \S+){0,6} (lol|"
     r"haha|tired|tiredness|sleep deprived|exhausted|baby brain)\b)"),
]

PSYCHOSIS_RULES += [
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
     r"us|my baby|the baby)\b(?! like)" + _JOKE_AFTER
     + r"|\bsame (car|van|man|woman|people|person|face|faces) (\S+ ){0,3}(keeps|kept|everywhere|"
     r"following|outside (our|my|the) (house|flat|window))\b" + _JOKE_AFTER
     + r"|\b(keep|keeps|kept) seeing (the )?(number|numbers|same number)( \S+){0,6} (sign|signs|"
     r"message|messages|means|meaning|code|warning)\b" + _JOKE_AFTER),
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
]

PSYCHOSIS_RULES += [
    # "my real baby", "the real one is somewhere else", "the baby is a copy": a double.
    ("ps_real_one",
     r"\b(my|our|her|his) real (baby|son|daughter|child|husband|partner|mum|wife)\b"
     r"(?! (blues|shower|food|brain|name|dad|mum|father|mother))"
     r"|\bthe real (one|baby|him|her)\b (is|was|s) (somewhere|elsewhere|still|hidden|with them|"
     r"in the|at the|taken|gone)\b"
     r"|\b(the baby|my baby|our baby|she|he|my husband|my partner|my wife|my mum|the one in the "
     r"(cot|crib|moses basket))( \S+){0,3} (is|s) (just )?(a|an) (copy|fake|double|duplicate|"
     r"clone|robot|replica|puppet|imposter|impostor|android)\b" + _JOKE_AFTER),
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
     r"intended|written|chosen|picked|specially|specifically) for me\b" + _JOKE_AFTER
     + r"|\b(registration|registrations|plates|number plates|numbers|songs|song|radio|tv|telly|"
     r"adverts|advert|lyrics|clouds|stars|birds|clock|headlines|news)( \S+){0,6} (message|"
     r"messages|code|codes|clue|clues) (\S+ ){0,2}for me\b" + _JOKE_AFTER
     + r"|\b(number|numbers|digits)( \S+){0,3} (keeps|keep|kept) (appearing|showing up|popping up|"
     r"coming up)( \S+){0,8} (means|meaning|sign|message|warning|code)\b" + _JOKE_AFTER
     + r"|\b(phone|screen|computer|laptop|ipad|tablet)( \S+){0,3} (keeps |kept |is |has been )?"
     r"(showing|giving|sending) (me |us |her )?(signs|signals|clues)\b"
     r"|\b(newsreader|presenter|presenters|the news|the tv|the telly|the radio|the dj|man on "
     r"the tv|woman on the tv|people on the tv|the adverts)( \S+){0,3} (knows|know|knew) (about "
     r"(us|me|the baby|my baby|her)|what (i|we) (did|do|think|am|have|are))\b"
     r"|\beverything (is|s|has been|feels like|seems like) (a|one big) (sign|message|signal|"
     r"clue|code)\b" + _JOKE_AFTER
     + r"|\beverything (is|s) (connected|linked)( \S+){0,6} (understand|makes sense|i know|"
     r"finally|see it)\b" + _JOKE_AFTER),
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
     + _JOKE_AFTER
     + r"|\b(the baby|my baby|our baby|her baby|the newborn|baby) (\S+ ){0,2}(talks|speaks|"
     r"talking|speaking|talked|spoke) to (me|her|him) (in my head|in her head|through (the|my|"
     r"her|his)|when (no one|nobody|noone)|telepathically|with (her|his) mind)\b"
     r"|\b(plan|plans|plot|plots|scheme) against (me|us|the baby|my baby|her|him)\b"
     r"|\b(the|their|a) (plan|plot|scheme) to (steal|poison|kill|hurt|get rid of|take) (me|us|"
     r"the baby|my baby|her|him)\b(?! (to|for|out|swimming|home|round|in|on|with))"
     ),
]

PSYCHOSIS_RULES += [
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
     r"|\bthe end (is coming|is near|is nigh|of the world is (coming|near))\b" + _JOKE_AFTER
     + r"|\b(numbers|clock|times)( \S+){0,4} (keep|keeps) (matching|repeating|lining up)"
     r"( \S+){0,6} (means|meaning|sign|message)\b" + _JOKE_AFTER
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

PSYCHOSIS_RULES += [
    # Confusion, catatonia and delusions about the birth itself: not recognising her own
    # baby, staring without answering, "says she was never pregnant", visions, a world that
    # will suffer because of me, "they're coming for us", "or the devil will take her".
    ("ps_confused_and_doomed",
     r"\b(wife|partner|girlfriend|daughter|sister|fiancee|husband|she|he) (\S+ ){0,2}(doesnt|"
     r"didnt|does not|did not|cant|couldnt|can not|cannot) (recognise|recognize|know) (me|her own "
     r"baby|his own baby|the baby|her baby|where she is|who i am|who she is|what day it is)\b"
     r"(?!( \S+){0,8} (lol|haha|glasses|haircut|hair|beard|hat|mask|yet|weeks|months)\b)"
     r"|\b(wife|partner|girlfriend|daughter|sister|fiancee|husband) (\S+ ){0,3}(stares|staring|"
     r"stared|sits|sitting|sat) (at the wall|into space|blankly|at nothing|for hours)( \S+){0,6} "
     r"(wont|doesnt|not|didnt|cant|wouldnt) (speak|talk|respond|answer|move|eat)\b"
     r"|\b(says|said|insists|believes|thinks|convinced) (that )?(she|i|he)( \S+){0,1} (never "
     r"(had a baby|gave birth|was pregnant|been pregnant|pregnant)|wasnt (ever )?pregnant|"
     r"doesnt have a baby|has no baby|didnt give birth)\b"
     r"|\b(vision|visions) (from|of) (god|angels|an angel|the future|the devil|heaven|hell|the "
     r"end)\b"
     r"|\b(everyone|the world|the whole world|everybody|the baby) (will|is going to|are going "
     r"to) (suffer|die|burn|be punished) (because of|for) (me|my sins|what i)\b"
     r"|\b(being )?punished (by god|for my sins)\b"
     r"|\b(they|theyre|someone|people|the government|men)( are| is| re)? coming for (us|me|the "
     r"baby|her|him)\b(?! (at|tomorrow|later|on|in|to|with|for|after))"
     r"|\bor (else )?(the devil|satan|demons|evil|the spirits|they)( \S+){0,1} (will|ll|would|is "
     r"going to|are going to) (take|get|claim|come for|possess) (her|him|them|the baby|my baby|"
     r"us)\b"
     r"|\bsmell (death|the devil|evil|rotting|decay) (on|from|in) (her|him|the baby|my baby)\b"
     r"|\bsecretly (working|reporting|spying) for (them|the devil|the government|mi5|aliens)\b"),
]

PSYCHOSIS_RULES += [
    # Private meanings in ordinary things ("green is their colour", a blanket's pattern is a
    # map, the baby's cries are a code), animals that speak, faces turning into others, the
    # baby to be given back to god or the fairies, things kept from mirrors and wifi.
    ("ps_private_meanings",
     r"\b(is|are|was) their (colour|color|sign|symbol|signal|code|number|mark|uniform)\b"
     r"|\b(pattern|patterns|wallpaper|blanket|carpet|tiles|curtains|clouds|stains|cracks)"
     r"( \S+){0,5} (is|are) (a )?(map|maps|message|messages|code|codes|instructions|warning)\b"
     r"(?! of)" + _JOKE_AFTER
     + r"|\b(cries|crying|cry|screams|coos|babbles)( \S+){0,4} (in (a )?(code|morse)|are (a )?"
     r"(code|message|messages|signals))\b" + _JOKE_AFTER
     + r"|\b(the )?(cat|dog|cats|dogs|birds|bird|crows|crow|magpies|magpie|pigeons|fox|foxes)"
     r"( \S+){0,3} (told|tells|telling|warned|warns|warning|speaks to|spoke to|talks to|talked "
     r"to|talking to|speaking to) me\b" + _JOKE_AFTER
     + r"|\b(face|faces|eyes) (keeps |keep |is |are |kept )?(changing|shifting|morphing|melting|"
     r"turning) into\b"
     r"|\b(give|giving|send|sending|return|returning) (her|him|the baby|my baby) back (to )?(god|"
     r"heaven|the fairies|the angels|where (she|he) came from|the stars|the sea)\b"
     r"|\bkeep (her|him|the baby|my baby) away from (the )?(mirrors|wifi|metal|electricity)\b"
     r"|\b(time|the clocks|clocks) (has|is|are|have) (stopped|going backwards|gone backwards|"
     r"looping|frozen)\b(?!( \S+){0,6} (since|lol|haha|when)\b)"
     r"|\bsee (through|inside) (walls|people|bodies|the walls)\b"),
]

PSYCHOSIS_RULES += [
    # Structural signs of a delusion rather than its content: an omen read off something
    # ordinary ("which means tonight is not safe"), acts done "because they told me to",
    # protective purposes against vague agents ("so nothing can get in", "so they can't find
    # her"), answering voices, devices in the house recording us, holes drilled to watch her,
    # a job or a return date for the baby, checks that she hasn't been replaced.
    ("ps_omens_and_orders",
     r"\bwhich (means|meant) (that )?(tonight|today|tomorrow|the house|this house|we|were|they|"
     r"theyre|it)( \S+){0,1} (is|are|re|s|isnt|arent|will|wont)( \S+){0,1} (not safe|unsafe|in "
     r"danger|coming|dangerous|safe)\b"
     r"|\bbecause (they|the voices|the voice|god|the angels|it|the baby|the signs) (told|tell|"
     r"tells|said|ordered|instructed) me to\b(?!( \S+){0,8} (hospital|ward|midwife|midwives|"
     r"nurse|nurses|doctor|gp|health visitor|clinic|class|nct|feed|feeding|bottle)\b)"
     r"|\bso (nothing|nothing evil|nothing bad|they|the spirits|them) (can|cant|can not|cannot|"
     r"will|wont|could|couldnt) (get in|find (her|him|us|the baby)|take (her|him|the baby))\b"
     r"(?!( \S+){0,4} (lol|haha|bugs|flies|draught|mice|the cat|the dog)\b)"
     r"|\b(garlic|holy water|crosses|iron nails|salt)( \S+){0,8} (so (nothing|they|it|evil)|to "
     r"keep (\S+ )?(out|away|safe)|to protect (her|him|the baby))\b" + _JOKE_AFTER
     + r"|\b(backwards|in reverse)( \S+){0,4} (to protect|so (they|nobody|no one|nothing))\b"
     r"|\b(the council|the government|the hospital|the authorities|the cult|the people|they) "
     r"(will|would|might|could|can) (recognise|recognize|identify|mark) (her|him|us|the baby|"
     r"my baby)\b"
     r"|\b(answering|answers|talking to|replying to|responding to) (questions|voices|people|"
     r"someone) (that )?(nobody|no one|noone) (asked|said|else can hear)\b"
     r"|\b(hear|hearing|heard) (?!(\S+ ){0,3}(crying|cry|cries|baby|the baby|her|him|phone|"
     r"ringing|the neighbours|neighbours|next door|upstairs|the tv|the radio|music)\b)"
     r"(\S+ ){0,10}(says|said|insists|swears|tells me) (its|it is|it was|theres|there"
     r" is) (silent|quiet|nothing|no noise|no sound|no music|no singing)\b"
     r"|\b(smoke alarm|alarm|lights|lightbulb|bulb|socket|sockets|plug|plugs|tv|fridge|"
     r"microwave|router|meter|smart meter|thermostat|speaker|teddy)( \S+){0,5} (is |are |s |"
     r"keeps |has been )?(recording|filming|watching|listening to|spying on|tracking|reporting "
     r"on) (us|me|her|him|the baby|everything)\b"
     r"|\b(drilled|drill|drilling) (it|a hole|holes)( \S+){0,3} to (watch|spy on|see|film|"
     r"listen to) (her|him|us|me|the baby)\b"
     r"|\b(they|them|someone|people)( \S+){0,2} (can|could) (hear|see|watch|listen|track) (us |me"
     r" |her |him |everything )?(through|via) (it|the phone|my phone|the tv|the sockets|the "
     r"lights|the smoke alarm|the taps|the plugs|the fridge)\b"
     r"|\b(drilled|drill|drilling|made|cut) (\S+ ){0,3}(hole|holes|peephole) (\S+ ){0,6}(to "
     r"(watch|spy on|see|film|listen to)|so (they|he|she|someone) can (watch|see|spy|film|"
     r"listen))\b"
     r"|\b(the baby|she|he|my baby|our baby) (has|have|s got|has got) (a|an|her|his) (job|task|"
     r"purpose|mission|role|destiny) (to do|to fulfil|to complete|on earth|in this world|here)\b"
     + _JOKE_AFTER
     + r"|\b(come|came|here|born|sent) to (finish|complete|continue|fulfil|fulfill) (what|the "
     r"work|gods|jesus|his|the mission)\b"
     r"|\b(god|the devil|angels|jesus|the dead|spirits|the universe|satan) (speaks|spoke|talks|"
     r"talked|is speaking|is talking|communicates|communicating|whispers) (to me |to us )?"
     r"(through|via|in) (the|my|her|his)\b"
     r"|\b(initials|name|birthday|birth weight|date of birth)( \S+){0,4} on (the|a|their) (plate|"
     r"plates|registration|number plate|number plates)\b( \S+){0,10} (telling me|they know|"
     r"means|sign|message|warning|meant for me)\b"
     r"|\b(song|songs|radio|tv|spotify|news|adverts|plates|numbers|clock)( \S+){0,12} (they are|"
     r"theyre|it is|its) (warning|telling|trying to tell|signalling) me\b"
     r"|\b(brought|gave|handed|sent) (\S+ ){0,3}(the )?wrong (one|baby|child) (back|home)\b"
     r"|\b(it|that|this) (isnt|is not|wasnt|was not|s not) the same (man|person|woman|baby|child|"
     r"husband|wife|mum)\b" + _JOKE_AFTER
     + r"|\b(make sure|check|checking|to see if|in case) (that )?(she|he|the baby|it|they|my "
     r"husband|my partner) (hasnt|has not|havent|wasnt|isnt|has|have|was) (been )?(replaced|"
     r"swapped|switched)\b" + _JOKE_AFTER
     + r"|\b(baby|she|he|her|him)( \S+){0,4} (must|has to|needs to|will have to|is to) be "
     r"(returned|given back|sent back|sacrificed|offered|handed back)\b(?! to (the )?(hospital|"
     r"ward|nicu|unit|cot|crib|nursery|midwife))"
     r"|\b(havent|have not|hasnt|has not) (needed|felt the need for|wanted) (to )?(sleep|any "
     r"sleep|rest)\b(?! (much|as much|during|in the|at|until|til|when|if|so|tonight|today|yet))"
     r"|\b(up|awake) since (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the birth)"
     r"( \S+){0,20} (brilliant|amazing|fantastic|incredible|energy|buzzing|wired|not tired|"
     r"powerful|invincible|cleaned|reorganised|rearranged)\b"),
]

# A relative writing about a new mother: who she is to them, then (within a message) a
# belief or behaviour that is strange in itself. Tiredness words are left out on purpose.
_CARER = (
    r"(my wife|my partner|my girlfriend|my daughter|my sister|my fiancee|my daughter in law|my "
    r"sister in law|my brothers wife|my sons partner|my sons girlfriend|my other half|my missus|"
    r"the mrs|my sons wife|my brothers girlfriend|my cousin|(she|he) (says|said|"
    r"thinks|believes|is convinced|keeps saying|insists))"
)
_STRANGE_TO_OTHERS = (
    r"(going on about the devil|the devil (is|wants|has)|satan|demons|angels (are|told|want|"
    r"sent)|(is|s) holy|baby is cursed|the curse|possessed|imposter|impostor|spying|spies|"
    r"poisoned|poisoning|tampered with|implanted|microchip|a tracker|cameras (pointed|watching|"
    r"hidden|in the walls|everywhere)|the mission|prophecy|the end of the world|save (everyone|"
    r"the world)|(have|has|need|needs) to escape|people in the (loft|walls|attic)|someone who "
    r"isnt there|people who arent there|laughing at nothing|(messages|words|symbols) (all )?"
    r"(over|on) the walls|rearranging the furniture|talking nonstop|see the future|predict the "
    r"future|mother of god|talks to god|talking to god|god (told|tells|is telling) her|hears "
    r"voices|hearing voices|hearing things|seeing things|being followed(?! (at|in|by|round|"
    r"around))|being watched(?! (at|in|by|while|when|feeding))|being poisoned|aliens|mi5|the "
    r"secret service|hidden messages|secret messages|coded|spirits|ghosts|special powers|not "
    r"her baby|isnt her baby|not hers|isnt hers|the baby is evil|the baby is the devil)"
)

PSYCHOSIS_RULES += [
    ("ps_relative_reports",
     r"\b" + _CARER + r"\b( \S+){0,30} " + _STRANGE_TO_OTHERS + r"\b" + _JOKE_AFTER),
]

PSYCHOSIS_RULES += [
    # Vague "they" after the baby, proofs of a special destiny, and plans to end world hunger.
    ("ps_they_and_proofs",
     r"\bthey (want|wants|are after|re after|are coming for|re coming for|will come for|will "
     r"take|are going to take|re going to take|have marked) (her|him|the baby|my baby|us)\b"
     r"(?! (back|for|to|bloods|blood|in|out|home|temperature|weight|off|up|down|round|through|"
     r"away for|at|on|tomorrow|today|later|after|soon|this|next|in|with|from))" + _JOKE_AFTER
     + r"|\b(which|that|this) (proves|confirms|shows|means) (that )?(she|he|the baby|i|we|it|"
     r"they) (is|am|are|was|were|s|re) (chosen|sent|meant|the one|not (mine|ours|real|human)|"
     r"evil|holy|special)\b" + _JOKE_AFTER
     + r"|\b(figured out|worked out|found|discovered|know) (how to )?(end|cure|solve|fix|stop) "
     r"(world hunger|cancer|poverty|war|wars|climate change|all disease|death)\b" + _JOKE_AFTER),
]

PSYCHOSIS_RULES += [
    # Omens, oracles and tampering: the cot lined up with the stars, a baby who cries when
    # someone lies, devices that blink when she is in danger, names written on walls to keep
    # her, things "contaminated by the neighbours", visions of what will happen, codes that
    # tell them where we are, everyone reading from a script, someone in the loft, my blood
    # swapped, a baby who can heal people.
    ("ps_omens_and_tampering",
     r"\b(lines up|line up|lined up|aligned|align|aligns) (with )?(the )?(stars|moon|planets)\b"
     + _JOKE_AFTER
     + r"|\b(the baby|she|he)( \S+){0,3} (only )?(cries|screams|smiles|laughs) when (someone|"
     r"he|she|my husband|my partner|people|they) (is |are |s )?(lying|lies|evil|dangerous)\b"
     r"|\b(they|the hospital|the doctors|the nurses|someone|the midwives) (did|have done|ve "
     r"done|has done|done) something to (me|her|him|the baby|my brain|my body|my head)\b(?!( \S+)"
     r"{0,1} (hip|hips|leg|legs|arm|arms|foot|feet|cannula|line|tube|heel|back|tongue|tie|"
     r"stitches|scar|cord|belly|eye|eyes|ear|ears|skin|nappy|bottle|feed|feeds|meds|medication|"
     r"when|during|in)\b)"
     r"|\b(router|wifi|lights|light|lamp|monitor|tv|clock|phone|fridge|microwave)( \S+){0,3} "
     r"(blinks|blink|flashes|flash|flickers|flicker|beeps|beep|buzzes|changes colour)( \S+){0,4}"
     r" (when|whenever|every time|if) (she|he|shes|hes|the baby|we|i|they|theyre|someone)"
     r"( \S+){0,2} (is |are |"
     r"s )?(in danger|lying|coming)\b"
     r"|\b(wrote|write|writing|written|painted|carved|scratched) (\S+ ){0,6}(on|all over|across) "
     r"(the )?(walls|wall|floor|mirror|mirrors|windows|her skin|my skin|my arms)\b( \S+){0,6} "
     r"(to (keep|protect|stop|save)|so (she|he|they|it))\b"
     r"|\b(contaminated|poisoned|cursed|tainted) by (the neighbours|them|the hospital|the "
     r"nurses|my husband|my mother in law|someone|the devil|the council)\b(?! food)" + _JOKE_AFTER
     + r"|\b(a |its a |it is a )?(vision|premonition|prophecy) of (what will happen|what is going "
     r"to happen|whats going to happen|whats coming|her death|his death|the end)\b"
     r"|\b(code|chip|bracelet|tag|sticker|implant|vaccine|jab)( \S+){0,8} (tells|tell|lets|"
     r"shows|show) them where (we|i|she|he)\b"
     r"|\b(everyone|everybody|people|they) (is|are|s|re) (reading|acting) (from a script|a "
     r"script|their lines)\b"
     r"|\b(working|conspiring|plotting|in league|in cahoots|teaming up) with (\S+ ){0,3}to (take|"
     r"steal|get rid of|poison|hurt|kill|section|lock up) (her|him|me|the baby|us)\b"
     r"|\b(cant|can not|wont|will not|dont) let (anyone|anybody|anyone else|anybody else|"
     r"people|them|him|my husband) (\S+ ){0,2}(hold|touch|near|see) (her|him|the baby)( \S+)"
     r"{0,3} because (\S+ ){0,8}(will|ll|would) (be taken|be cursed|be poisoned|be swapped|take "
     r"her|take him|steal)\b"
     r"|\b(thousand|million|hundred|so many|hundreds of|thousands of|millions of) (ideas|"
     r"plans)( \S+){0,10} (write (them|it) (all )?down|cant keep up|at once|so fast|too fast|"
     r"before i lose them)\b" + _JOKE_AFTER
     + r"|\b(she|he|the baby|my baby) (can|could) (heal|cure) (people|everyone|anyone|the sick|"
     r"illness|diseases)\b"
     r"|\b(say|said|saying|talking|whispering|laughing)( \S+){0,4} (my name|about me|about us|"
     r"about the baby) through the (wall|walls|ceiling|floor)\b"
     r"|\b(there is|theres|there s|there are|theres been) (someone|somebody|people|a man|a "
     r"woman|a person|men) (in|living in|hiding in|up in) (the|our|my) (loft|attic|walls|wall|"
     r"cellar|basement|roof|wardrobe|cupboard)\b(?!( \S+){0,6} (lol|haha|builder|builders|"
     r"electrician|plumber|fixing|insulation|mice|roofer)\b)"
     r"|\b(switched|swapped|replaced) my (blood|organs|heart|brain|dna|soul)\b"),
]

# The parent's own conviction, framed as one ("i'm convinced", "nobody believes me", "i know
# how this sounds"), followed in the message by something strange in itself.
_CONVICTION = (
    r"(i know|i just know|im sure|i am sure|im certain|i am certain|im convinced|i am convinced|"
    r"i realised|i realized|ive realised|ive realized|i worked out|ive worked out|i found out|"
    r"ive found out|nobody believes me|no one believes me|noone believes me|they think im (mad|"
    r"crazy|mental)|i know how (this|it) sounds|this will sound (mad|crazy)|im not (mad|crazy))"
)

PSYCHOSIS_RULES += [
    ("ps_convinced",
     r"\b" + _CONVICTION + r"\b( \S+){0,25} " + _STRANGE_TO_OTHERS + r"\b" + _JOKE_AFTER
     + r"(?!( \S+){0,6} (tiredness|tired|sleep deprivation|lack of sleep|phantom|exhaustion|"
     r"exhausted)\b)"),
]

PSYCHOSIS_RULES += [
    # Casting something out of the baby; dying so that the baby can live.
    ("ps_cast_out",
     r"\b(get|drive|cast|force|pray|beat|burn|cut|drown|drag) (the |a )?(demon|devil|evil|spirit|"
     r"evil spirit|darkness) out of (her|him|the baby|my baby|me)\b"
     r"|\b(has to|have to|must|need to|needs to) die so (that )?(the baby|she|he|they|everyone|"
     r"the world) (can|will|could) (live|be saved|be safe)\b"),
]

PSYCHOSIS_RULES += [
    # Mania seen by others: a named adult talking a mile a minute, cards maxed out with no
    # sleep, days without sleep spent starting projects and buying things.
    ("ps_mania_seen",
     r"\b(wife|partner|girlfriend|daughter|sister|fiancee|husband|boyfriend)( \S+){0,4} (talking|"
     r"talks|speaking|speaks) (nonstop|non stop|a mile a minute|at a hundred miles an hour|so "
     r"fast i cant follow)\b" + _JOKE_AFTER
     + r"|\bmaxed out (the|our|my|her|his) (card|cards|credit card|credit cards|overdraft)\b"
     r"( \S+){0,15} (not slept|hasnt slept|havent slept|no sleep|energy|ideas|manic|racing|"
     r"buzzing|cant stop)\b"
     r"|\b(hasnt|havent|has not|have not|not|barely) (slept|sleeping)( \S+){0,6} (and|but) "
     r"(keeps|is|has been|have been|ive been|shes been|hes been) (starting|ordering|buying|making "
     r"lists|writing|planning|launching) (\S+ ){0,2}(projects|businesses|things|stuff|plans|"
     r"lists|books|websites)\b"),
]

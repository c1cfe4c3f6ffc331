"""Senses others do not share, unreality and no need for sleep: days without sleep and full of
energy, seeing things or spirits, being watched, unreal, telepathy, persecution, a named adult
acting strangely.

Borderline: days without sleep read as psychosis unless put down to adrenaline or coffee; "she's
acting odd" is as likely the baby, so only named adults count; weird dreams are a story.
"""

from safety.rules.family import Examples

RULES: list[tuple[str, str]] = [
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
]

EXAMPLES = Examples(
    must_match=(
        "DH says i'm talking nonsense and i havent slept for 4 nights",
        "i keep seeing shadows moving round the cot that arent there",
    ),
    must_not_match=(
        "is it normal to have weird dreams after giving birth",
        "my wife talks to our baby like he understands everything, is that actually good for him",
    ),
)

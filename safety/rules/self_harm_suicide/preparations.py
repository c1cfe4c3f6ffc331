"""Self-harm described without its words (first round): hurting the body, at the edge,
means ready, preparations, a ligature, an indirect wish, at the place, quiet preparations, means
kept close, a date, an accident arranged, a partner at risk.

Borderline: "an accident waiting to happen", a walk to the river to see the fireworks, fear of
stepping into the road by mistake and cutting a baby's hair are ordinary.
"""

from safety.rules.family import Examples

RULES: list[tuple[str, str]] = [
    # Situations described without the topic words (from messages written without the rules).
    ("sh_hurting_body",
     r"\b(hitting|hit|banging|bang|banged|smashing|smashed|slamming|slammed|punching|punched|"
     r"bashing|bashed|knocking) my (own )?(head|face|fists?|hands?|knuckles) (against|into|on|off) "
     r"(the |a |my )?(\S+ )?(wall|walls|door|door frame|doorframe|frame|floor|table|mirror|"
     r"radiator|window|cupboard|counter|headboard)\b( \S+){0,6} (over and over|again and again|"
     r"repeatedly|until|till|til|to (make|stop|feel|shut|quiet)|so hard|and i cant stop)\b"
     r"|\b(i|ive|i ve|im|i have) (keep|been|started|cant stop|have an urge to|want to|keep on) "
     r"(hitting|banging|"
     r"smashing|slamming|punching|bashing) my (own )?(head|face)\b(?!( \S+){0,6} (lol|haha|ouch|"
     r"oops|clumsy)\b)(?! (on|against|into) (the |a )?(cot|mobile|cupboard|cupboards|shelf|car|"
     r"ceiling|beam|door frame|low)\b)"),
    ("sh_edge",
     r"\b(punch|punched|punching|hit|hitting|smash|smashed|smashing) (the |a )?(wall|walls|door|"
     r"mirror|doors) (\S+ ){0,3}(till|until|til) (my )?(knuckles|hands|hand|fist|fists) (bled|"
     r"bleed|bleeding|broke|were bleeding|split|cracked)\b"
     r"|\b(stand|standing|stood|sit|sitting|sat|wait|waiting|waited|lean|leaning|leant) (\S+ ){0,2}"
     r"(at|on|near|by|over) the (very )?edge (of )?(the )?(platform|bridge|cliff|cliffs|roof|"
     r"balcony|car park|multi storey|multistorey)\b"
     r"|\b(think|thinking|thought|urge|urges|tempted|imagine|imagining|want) (about |of |to )?"
     r"(just )?(turning|yanking|jerking|swerving|turn|yank|jerk|swerve) the (steering )?wheel\b"
     r"(?! (for|to park|to reverse))"),
    ("sh_means_ready",
     r"\b(checked|tested|tried|made sure) (if |that |whether )?(it|the rope|the belt|the beam|the "
     r"hook|the banister|the cord|the knot|the loft hatch) (holds|will hold|would hold|can hold|"
     r"takes my weight|would take my weight|will take my weight|is strong enough)\b"
     r"|\b(cord|belt|rope|scarf|ligature|dressing gown cord|tie|cable) (\S+ ){0,2}(over|round|"
     r"around) (the )?(top of the )?(door|bedroom door|banister|beam|hook|rail|loft hatch)\b"
     r"|\b(cancelled|cancelling|canceled|cancel) (all )?(my )?(appointments|plans|subscriptions|"
     r"everything)\b( \S+){0,6} (wont need|wont be needing|no point|dont need)\b"
     r"|\b(this|tonight|today) (will be|is|is going to be|s) my (very )?last (night|time|"
     r"message|post|goodbye|christmas)\b(?! (of|in|at|before|off|with|as|shift|working|on|"
     r"shift|for|doing|before|until|home)\b)"
     r"|\b(pulling|pulled|pull|ripping|ripped|tearing|tore) (my )?(own )?hair out (in clumps|in "
     r"chunks|in handfuls|until|till)\b"
     r"|\b(scratching|scratched|scratch|clawing|clawed|digging my nails into|dug my nails into) "
     r"(at )?my (own )?(face|skin|arms|legs|wrists|thighs) (until|till|til|to feel|so hard|raw)\b"
     r"|\b(stand|standing|stood|sit|sitting|sat|go|going|went|walk|walked) (\S+ ){0,2}(on|at|to|"
     r"by) the (bridge|cliff|cliffs|edge|platform|roof|multi storey|car park roof|ledge) "
     r"(\S+ ){0,6}(look|looking|stare|staring|looked|stared|gaze|gazing) (down )?(at|into) the "
     r"(water|river|drop|tracks|trains|road|traffic|sea|edge|ground)\b"
     r"|\b(dont|do not|cant|cannot|can not) (see|imagine|picture) (myself|me) (being )?(here|"
     r"alive|around|still here) (at|for|by|in|next|until)\b"
     r"|\b(manage|cope|get by|survive|be fine|be ok|be okay|be alright) without me\b(?! (for|"
     r"while|when|at|this|tonight|one|a|the|an|on|if|until|till|til|during|now and)\b)"),
    ("sh_preparing",
     r"\b(giving|gave|given) away (\S+ ){0,7}(feels right|wont need|dont need (them|it) anymore"
     r"|no "
     r"use to me now|so no one has to)\b"
     r"|\bwho gets what (\S+ ){0,3}(when im gone|after im gone|after i die|if i die|before i)\b"
     r"|\b(wont|will not|not going to|wont be) be there (when|to see|for) (\S+ ){0,3}(grow|grows|"
     r"grown|older|18|starts school|first|birthday|birthdays|wedding)\b"
     r"|\b(because|cos|as|since) i (wont|will not|am not going to) be (there|here|around)$"
     r"|\b(fast|express|non stop|freight) (trains?|ones?)( \S+){0,4} (dont|do not|that dont|which "
     r"dont|not) stop( here| at (this|my|the local) station)?$"
     r"|\b(driving|drive|drove|walk|walking|walked) (past|to|over|by) the (reservoir|quarry|"
     r"cliff|cliffs|bridge|river|tracks|level crossing|railway)( \S+){0,6} (slow down|slowing "
     r"down|slowed down|stop the car|pull over|pulled over|thinking about|imagining)\b"
     r"|\bi know (which|exactly which|the exact|exactly where the) (bridge|tree|building|cliff)\b"
     r"(?! to (take|go|use|cross|avoid|visit))"
     r"|\b(the |a |my )?(knife|blade|razor|rope|noose) (is|are|s) (in my (bag|pocket|coat|car|"
     r"drawer|room)|under my (pillow|bed|mattress)|hidden|ready|with me)\b"
     r"|\b(the |my |all the |all my )?(pills|tablets) (are|is|s) (hidden|ready|counted out"
     r"|lined up|"
     r"all here)\b"
     r"|\b(dont|do not|not) (plan|planning|intend|intending|expect|expecting) (on |to )?(be|being)"
     r" (around|here|alive|there) (for|at|by|when|to see|much longer|long)\b"
     r"|\b(wont|will not|not going to) be (here|around|alive) ((in the morning|tomorrow)$|"
     r"come morning|by morning|by the morning)\b"
     r"|\b(please )?make sure (someone|somebody) (checks on|check on|looks after|look after|takes "
     r"care of|take care of|finds|find|gets to|goes to) (the baby|my baby|him|her|the kids|my kids|"
     r"my son|my daughter)\b(?!( \S+){0,3} (when|while|whilst) (im|i am|i m|i)\b)"
     r"|\b(i know|ive worked out|i ve worked out|i finally know) (exactly )?what (i|im) (am )?"
     r"(going to|gonna|need to|have to) do\b( \S+){0,6} (calm|peace|peaceful|relieved|ready)\b"
     r"|\b(feel|feeling|felt) (so |really |strangely |weirdly )?(calm|at peace|peaceful) now "
     r"(that )?(i|ive|i ve) (know|decided|made|have a plan|got a plan)\b"
     r"|\b(i|ive|i ve|i keep|i have) (\S+ )?(bit|bite|biting|bitten) my (own )?(arm|arms|hand"
     r"|hands|wrist|wrists|fingers|knuckles) "
     r"(\S+ ){0,3}(so hard|until|till|til|hard enough) (\S+ ){0,2}(bled|bleed|bleeding|bruised|"
     r"broke the skin)\b"
     # Walking "in" the cold or the snow is a day out ("a walk in the cold with her"); walking
     # "into" it, or lying down in it, is not.
     r"|\b((fall asleep|go to sleep|lie down|lay down) (in|into)|(walk|walking) into) the (snow|"
     r"sea|river|road|traffic|cold|water|waves)\b(?! (with|and (build|play)|to (cool|paddle)))"),
    ("sh_ligature_self",
     r"\b(i|ive|i ve|i had|i have|i put|i tied|i wrapped|i stood|i sat)( \S+){0,6} (belt|rope|"
     r"cord|scarf|ligature|tie|lead|cable|dressing gown cord|noose) (round|around) my (own )?"
     r"(neck|throat)\b(?!( \S+){0,4} (freezing|cold|warm|lol|haha|fashion|outfit|style|snug)\b)"
     r"|\b(googling|googled|looked up|looking up|searching|searched|researching|researched|"
     r"reading up on) (\S+ ){0,2}how (long|much|many) (\S+ ){0,4}(drown|die|bleed out|overdose|"
     r"suffocate|hang|to kill)\b"
     r"|\b(ive|i have|i ve|got) (got )?everything i need\b(?! for)( \S+){0,10} (thank you|thanks|"
     r"goodbye|sorry|love you|tonight)\b"
     r"|\b(letter|letters|note|notes)\b( \S+){0,10} for after(wards)?$"),
    ("sh_indirect_wish",
     r"\b(wont|will not|dont) need (it|them|this|that|any of (it|this|them)|anything|my \S+) "
     r"(where im going|where i am going|where i m going)\b"
     r"|\b(deserves|deserve) (a )?(better )?(mum|mother|dad|father|parent) (who isnt me|other than "
     r"me|that isnt me|not me|who is not me)\b"
     r"|\bif i (just )?(stepped|walked|stepped out|ran|run|step|walk) (out )?(into|in front of) "
     r"(the road|traffic|a car|a bus|a lorry|the traffic|a train)\b(?!( \S+){0,4} (with the (pram|"
     r"buggy|pushchair|baby)|without looking|by accident)\b)"
     r"|\b(want|wanting|trying|try|hope|hoping) (to )?(just )?(waste away|starve (myself|to death)|"
     r"stop eating (until|till|and die))\b"
     r"|\b(not|havent been|stopped|been not) eating on purpose\b"
     r"|\breasons to (die|not live|not be here|end it|kill myself)\b"),
    ("sh_at_the_place",
     r"\b(im|i am|standing|stood|sat|sitting|up) (at|on) the (top|roof|edge) of (the|a) (car park|"
     r"multi storey|multistorey|building|bridge|cliff|cliffs|tower|block|flats)\b(?!( \S+){0,6} "
     r"(space|spaces|parking|find|waiting|meet|park|view|photo|picnic)\b)"
     r"|\b(im|i am|standing|stood|sat|sitting) (on|at) (the|a) (bridge|edge|ledge|roof|cliff|cliff "
     r"edge|balcony edge) (right )?now\b(?!( \S+){0,4} (with the (pram|buggy|baby|kids|dog)|windy|"
     r"view|photo|traffic)\b)"
     r"|\b(written|wrote|writing|scheduled) (everyone|all of them|each of them|my family|all my "
     r"family) (a )?(text|texts|message|messages|letter|letters|note|notes|email|emails)\b"
     r"|\b(hoping|hope|hoped) (something (bad )?(happens|will happen)|i crash|i get hit|i have an "
     r"accident|for an accident|i dont make it home|i dont come home)\b"
     r"|\bdriving (too |really |so )?fast on purpose\b"
     r"|\b(i|ive|i ve|i have) (took|taken|swallowed|have taken) (everything|all|all of it|the lot) "
     r"in (the|my) (cupboard|cabinet|medicine cabinet|drawer|first aid kit|bathroom|"
     r"kitchen)\b"
     r"|\b(husband|partner|mum|someone|he|she|my sister|my friend) (found|read|saw|has found|has "
     r"read) my (note|letter|goodbye note|goodbye letter|letters|notes)\b(?! (about|for|on|from|"
     r"with|to (the|my) (milkman|nursery|babysitter|childminder|teacher)))"),
    ("sh_quiet_preparations",
     r"\b(saying|said|say|started saying) (my )?goodbyes? to (people|everyone|them|my family|my "
     r"kids|my baby|my husband|my children|everybody) (\S+ ){0,3}in my head\b"
     r"|\b(told|asked|made|begged|making) (\S+ ){0,3}(to )?(look after|take care of|raise|have|"
     r"bring up) (the baby|my baby|the kids|my kids|him|her|them) if (anything|something) "
     r"(happens|happened|were to happen)\b(?! to (us|them|him|her|you|my))(?!( \S+){0,3} (during|"
     r"in labour|at the hospital|in surgery|while|on holiday))"
     r"|\bgarage\b( \S+){0,8} (think|thinking|thought|imagine|imagining|tempted|urge)( about| to)? "
     r"(starting|start|leave|leaving|turning on|turn on|running|run) the (engine|car)\b"
     r"|\b(looking|stare|staring|look|looked|stared) at (the |my |a )?(bottle|box|packet|pot|"
     r"packets|boxes) of (pills|tablets|meds|paracetamol|painkillers"
     r"|sleeping pills)\b(?!( \S+){0,4} "
     r"(dose|label|instructions|to read|trying to read)\b)"
     r"|\b(have|get|live|had) a (much )?(better|happier) life (\S+ ){0,6}(than with me"
     r"|without me)\b"
     r"|\b(keep|keeps|kept|been|i keep) (walking|going|driving) (to|down to) the (level crossing|"
     r"railway|tracks|train tracks|bridge|cliff|cliffs|river|canal|reservoir) (\S+ ){0,2}(at night|"
     r"every night|in the night|alone|on my own)\b"
     r"|\b(dont|do not|cant|cannot) trust myself (near|around|with) (the )?(kitchen )?(knives"
     r"|knife|"
     r"pills|tablets|medication|razors|blades|the car|the bridge)\b(?!( \S+){0,10} (chopping|"
     r"cooking|clumsy|nearly cut\S*|by accident)\b)"),
    ("sh_means_kept",
     r"\b(pills|tablets|meds|antidepressants|medication|sertraline|fluoxetine|citalopram)\b"
     r"( \S+){0,10} (stockpiling|hoarding|saving up|stashing|saving) (them|it|those)\b"
     r"|\b(fighting|trying|struggling) to (stay alive|keep myself alive)\b"
     r"|\b(want|wanting|urge|urges|tempted|going|plan|planning|think about|thinking about) (to )?"
     r"(crash|crashing|wrap|wrapping) (the|my) car\b"
     r"|\b(end|stop|over)( \S+){0,3} (and|because) i know how$"),
    ("sh_date_and_accident",
     r"^(ive|i have|i ve) (picked|chosen|set) (a|the) (date|day)( now)?$"
     r"|\b(would|could|will|might|make it|d) look like an accident\b(?! waiting)"
     r"|\b(survive|live|make it|get through)( \S+){0,6} (not sure|dont know if"
     r"|dont think) i (even |"
     r"really )?want to$"),
    ("sh_partner_at_risk",
     r"\b(said|says|thinks|told me|keeps saying|believes|think)( that)? (\S+ ){0,3}(better"
     r"|happier) "
     r"off without (her|him)(?= |$)(?! (mum|dad|mother|father|sister|brother|friends?|family|"
     r"parents|visiting|around here|interfering))"
     r"|\b(shes|hes|she has|he has|she s|he s) been giving away (all )?(her|his) (stuff|things|"
     r"belongings|clothes|jewellery|jewelry)\b"
     r"|\b(said goodbye|walked out|disappeared|gone missing|missing)\b( \S+){0,12} (not|isnt|wont|"
     r"hasnt been) (answering|picking up)\b(?!( \S+){0,6} (meeting|work|busy|driving|signal|"
     r"battery)\b)"),
]

EXAMPLES = Examples(
    must_match=(
        "ive been pulling my hair out in clumps and scratching my face",
        "i keep driving too fast on purpose hoping something happens",
        "some nights i think about just walking into the sea",
    ),
    must_not_match=(
        "he's so clumsy it would look like an accident waiting to happen lol",
        "if i stepped into the road with the pram without looking i'd never forgive myself",
        "is it ok to take her for a walk in the cold if she's wrapped up",
    ),
)

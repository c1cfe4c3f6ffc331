"""Means and plans: how many pills it takes, an overdose, a stockpile, a place or a vehicle,
a rope, letters, a plan, not being around for long.

Borderline: asking how many pills "to not wake up" is self-harm; the safety of medicines for a
baby, overdose limits for calpol, memory boxes and a first-birthday letter are ordinary.
"""

from safety.rules.family import Examples

RULES: list[tuple[str, str]] = [
    ("sh_method_amount",
     r"\bhow (many|much) (\S+ ){0,4}(would it take|does it take|to take|will it take|"
     r"it would take|it takes|it will take|would do it|would it need|"
     r"would kill|to kill|to die|to overdose|to od|is fatal|is lethal|is deadly|until)\b"
     r"|\b(lethal|fatal|deadly|toxic|killing) (dose|amount|overdose|quantity)\b"
     r"|\b(painless|quick|quickest|easy|easiest|best|surest|fastest|peaceful) "
     r"(way|ways|method|methods|means) (to|of) (die|go|end it|do it|kill|dying|going|ending|"
     r"end things|end my)\b"
     r"|\b(ways|how) to (kill myself|die|end it|end my life|end things|commit)\b"),
    ("sh_overdose",
     r"\b(i|ive|i have|i had|just|im going to|going to|want to|thinking about|thought about|"
     r"planning to|plan to|will|about to|tempted to|could|might|think ill) (take|taken|took|"
     r"swallow|swallowed|have taken|have) (an |a )?(overdose|od)\b"
     r"|\b(i|ive|i have|just|already|i just) (took|taken|swallowed|had|have taken|necked|downed) "
     r"(\S+ ){0,4}(all|a load|loads|lots|a lot|too many|a handful|handful|the whole|a whole|a "
     r"bunch|the rest|every|a packet|a box|packets|boxes|two packets|a bottle|the bottle|\d+) "
     r"(\S+ ){0,3}(pills|pill|tablets|tablet|meds|medication|paracetamol|sertraline|"
     r"antidepressants|sleeping pills|painkillers|codeine|co codamol|ibuprofen|insulin|"
     r"diazepam|propranolol|fluoxetine|citalopram|aspirin|tylenol|oxy|opioids)\b"
     r"|\b(take|taking|swallow|swallowing|down|downing|neck|necking) (all|every one of|the whole|"
     r"a whole|a load of|loads of|all of|the rest of|a handful of|handfuls of|a bottle of|"
     r"a box of|a packet of|two packets of|both packets of|every|all the|all my|all of my) "
     r"(\S+ ){0,2}(pills|pill|tablets|meds|medication|paracetamol|sertraline|antidepressants|"
     r"sleeping pills|painkillers|codeine|co codamol|ibuprofen|insulin)\b"
     r"(?! (with (food|water|milk)|at the same time as|in the morning|at night|as prescribed))"
     r"|\boverdos(e|ed|ing)\b(?! (a|the|my|your|her|his|on|baby|babies|a baby|risk|risks|limit|"
     r"limits|threshold|level|amount for|for (calpol|a baby|babies|kids|children|him|her)))"),
    ("sh_stockpile",
     r"\b(saving|saved|save|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|"
     r"stashing|stashed|keeping|kept|storing|stored|counting|counted|lined up|lining up|"
     r"enough) (up )?(all |enough |loads of |lots of |a stash of |a stockpile of )?(of )?"
     r"(my |the |some |his |her )?(sleeping |sleep |pain |old |prescription |spare )?(pills|"
     r"tablets|meds|medication|medicine|paracetamol|painkillers|antidepressants|sertraline|"
     r"fluoxetine|citalopram|co codamol|codeine|diazepam|propranolol|zopiclone|amitriptyline|"
     r"tramadol|insulin|aspirin|ibuprofen|mirtazapine|venlafaxine|quetiapine|lithium)\b"
     r"|\b(looked up|looking up|googled|googling|researching|researched|checked|checking|"
     r"searched|searching) (how (high|tall|deep|far|fast|cold)|the height of|the depth of) "
     r"(\S+ ){0,3}(bridge|building|car park|cliff|cliffs|balcony|tower|drop|fall|river|water|"
     r"sea|roof|multi storey)\b"
     r"|\b(got|have|holding|with) (the |my |all the |all my |a load of |loads of )?(tablets|pills|"
     r"meds|paracetamol|painkillers|knife|blade|razor|rope) (here|ready|with me|in my hand|"
     r"next to me|in front of me|beside me)\b"
     r"|\b(looking|staring|stare|look|looked|stared|keep looking|cant stop looking) at (the |my |"
     r"all the |all my |those )?(pills|tablets|meds|paracetamol|painkillers|knife|knives|rope|"
     r"blade|blades|razor|razors|train tracks|tracks|ledge)\b"
     r"|\b(pills|tablets|meds|medication|paracetamol|painkillers) (lined up|in front of me|"
     r"in my hand|counted out|ready|all lined up|laid out)\b"
     r"|\b(sat|sitting|sit|here) (\S+ ){0,2}with (all |all of |a handful of )?(my |the )?"
     r"(pills|tablets|meds|paracetamol|a knife|a blade|a razor|the rope)\b"),
    ("sh_place",
     r"\b(jump|jumping|jumped|leap|leaping|throw myself|throwing myself|threw myself|step|"
     r"stepping|stepped|walk|walking|walked|drive|driving|drove|crash|crashing|swerve|"
     r"swerving|run|running|fall|falling|lie|lying|lay) (off |of |in front of |into |in |out into "
     r"|out in front of |out onto |"
     r"onto |under |over |out of |from )(a |the |that |this |my |our )?(bridge|balcony|roof|"
     r"cliff|cliffs|building|car park|multi storey|window|sea|river|canal|lake|train|trains|"
     r"lorry|truck|bus|traffic|tree|wall|motorway|platform|tracks|railway|oncoming|car|cars|"
     r"lorries|water|reservoir|quarry|tower|edge|ledge|top floor|the waves)\b"
     r"(?! (with (him|her|the baby|the pram|the buggy)|to the|to get|to see|on holiday))"
     r"|\b(think|thinking|thought|thoughts|imagine|imagining|imagined|urge|urges|tempted|"
     r"dream|dreaming|fantasise|fantasising|fantasize|fantasizing|picture|picturing) "
     r"(about |of )?(jumping|hanging|drowning|overdosing|stepping off|stepping in front|"
     r"walking into|walking in front|driving into|driving off|crashing|throwing myself|cutting|"
     r"slitting|taking (all )?(my )?(pills|tablets)|ending|dying|not being here|not existing|"
     r"disappearing|being dead|killing|hurting myself|harming myself|going under|swerving)"
     r"(?! (him|her|them|the baby|my baby|my son|my daughter|his|her|the babys|of the|food|"
     r"nails|out|up|back|down|teeth|fringe|hair|grapes|the cord|corners|sugar|"
     r"carbs|a tooth|a new|through|in|on)\b)"),
    ("sh_vehicle",
     r"\b(drive|driving|drove|crash|crashing|crashed|steer|steering|swerve|swerving|run|"
     r"running) (my |the |our |his |her )?(car |van )?(off|into|in front of|over(?= (a |the |that "
     r"|an )?(cliff|edge))|of) (a |the |"
     r"that |an )?(cliff|bridge|wall|tree|river|lake|sea|lorry|truck|oncoming|traffic|train|"
     r"edge|bus|motorway)\b"),
    ("sh_going_to_place",
     r"\b(going|go|went|drive|driving|walk|walking|heading|head|off) (to|down to|up to|out to) "
     r"(the|a|that) (bridge(?! (club|game|night|party|class|lesson|group))|cliff|cliffs|railway|"
     r"tracks|train tracks|river|canal|sea|top floor|"
     r"roof|multi storey|car park roof|reservoir|quarry|motorway bridge) (\S+ ){0,2}(tonight|now|"
     r"right now|to (end|jump|do it|die|finish)|alone tonight|one last time|and not come back)\b"
     r"|\b(thinking|think|thought|thoughts|keep thinking|been thinking) about (the |my |all my |"
     r"taking |taking my |taking all my )?(pills|tablets|overdose|overdosing|rope|noose|bridge|"
     r"train tracks|railway|jumping|the edge|razor|razors|blade|blades)\b"
     r"(?! (for (my|the|his|her) (headache|pain|back|period|c section)|with food|at night|"
     r"every day|interacting|while breastfeeding|and breastfeeding))"
     r"(?!( \S+){0,4} (for (my|the|his|her|a)|safe|while breastfeeding|when breastfeeding|"
     r"interact|side effects|dose|dosage|prescribed|the doctor gave|the gp gave)\b)"),
    ("sh_means_on_mind",
     r"(?<!skipping )(?<!jump )\b(rope|noose|ligature|razor blades|razors|razor|blades)\b"
     r"(?! (swing|swings|toy|toys|ladder|bridge|course|light|lights|climbing))"
     r" (\S+ ){0,6}(i )?(keep|keeps|"
     r"kept|cant stop|been|am|im) (thinking|looking|staring|going back|thinking about|looking at)"
     r"( about| at| to)? (it|them|that|those)\b"
     r"|\b(take|taking|swallow|swallowing|down|downing|neck|necking|have) (everything|all of it|"
     r"the lot|whatever|every pill|every tablet|all the pills|all the tablets|all the meds|"
     r"everything thats) (\S+ ){0,2}(in|from|out of|inside) (the|my|our) (medicine|pill|"
     r"bathroom|first aid|drug|meds|medicine) (box|cabinet|cupboard|drawer|bag|kit|tin|shelf)\b"
     r"(?! (with (me|us)|on holiday|away|abroad|to (the|my|our)))"
     r"|\b(take|swallow|down|neck) (everything|it all|the lot|all of them|all of it|all my|all "
     r"the)( \S+){0,6} (and|to) (just )?(be done|end it|never wake|not wake|sleep forever|be gone)"
     r"\b"),
    ("sh_rope",
     r"\b(bought|buy|buying|got|get|getting|have|found|tied|tie|tying|made|make|making|"
     r"hung|hang|hanging|looking at|staring at|ordered) (a |the |some |my |up a |up the )?"
     r"(rope|ligature|belt to hang)\b(?! (for|to tie|swing|ladder|toy|bridge))"
     r"|\b(tie|tied|tying|make|made|making|hang|hanging|bought|ordered) (a |the |up a |up the )?"
     r"noose\b|\bnoose (round|around) (my|her|his) neck\b"),
    ("sh_letters",
     r"\b(letter|letters|note|notes) (\S+ ){0,6}for when (hes|shes|theyre|he is|she is|they are|"
     r"he s|she s|they re) (older|grown up|grown|bigger|an adult|eighteen|18)\b(?!( \S+){0,6} "
     r"(time capsule|cute|lovely|idea|tradition|baby book|memory box|lol|so sweet)\b)"
     r"|\b(suicide note|goodbye note|goodbye letter|goodbye letters|goodbye message|"
     r"goodbye messages|saying goodbye to everyone|said my goodbyes)\b"
     r"|\b(letter|letters|note|notes|message|messages|video|videos) (\S+ ){0,6}"
     r"(just in case|for when im gone|for after im gone|for after i go|in case i|"
     r"if anything happens to me|in case im|in case i m|in case i dont|in case i wont"
     r"|when im not here|for when i die|after i die)\b"
     r"|\b(giving away|gave away|given away|sorting out|sorted out) (all )?my (things|stuff|"
     r"belongings|possessions)\b"),
    ("sh_planned",
     r"\b(a |my |the )?plan (for |of )?(how|when|where|the way) (i|id|ill|im|to)( would| will|"
     r" am going to| m going to| could| can| should)? (\S+ )?(do it|end it|go|die|kill|end things|"
     r"end my|finish it|take)\b"
     r"|^(i have|ive|i ve|i|ive got|i have got|i got|i ve got) (got |made )?a plan( now| "
     r"tonight| already| this time| ready)?$"
     r"|\b(worked out|planned|planning|plan|figured out|figuring out|decided|deciding|"
     r"know|chosen|picked) (how|when|where|the way|the day|the date|the method) "
     r"(i would|id|i will|ill|i am going to|im going to|to|i want to|i could|i should|i can) "
     r"(do it|end it|go|die|kill|end things|end my|finish it|take)\b"),
    ("sh_not_around",
     r"\b(wont|will not|not going to|dont think ill|dont think i will|dont think id|might not|"
     r"may not|wont even|probably wont|not gonna) be (around|here|alive) (to see|for|much longer|"
     r"when|by|next|anymore|any more|for long|to watch)\b"
     r"|\b(nothing|no one|nobody|noone|nothing left|not much|no reason) (left )?to live for\b"
     r"|\b(let|letting|just let) go of the (steering )?wheel\b"
     r"|\b(i|just|i just|i really) (want|need|wanna) out$"
     r"|\bwant out of (life|this life|this world|everything|it all|existence|being alive)\b"
     r"|\b(would|will|does|do|did) (anyone|anybody|they|he|she|my family|my kids|my husband|"
     r"my partner|people) (even |really |actually |ever )?(care|notice|miss me|remember me|"
     r"cry) if i (was|were|died|disappeared|wasnt|werent|was gone|left|killed|ended|didnt)\b"),
    ("sh_gone_soon",
     r"\b(wont|will not|not going to|not gonna) be (a problem|a burden|in the way|around|here|"
     r"bothering anyone|bothering you|a worry) (\S+ ){0,3}(much longer|for long|soon|anymore|"
     r"any more|after tonight|after today)\b"
     r"|\b(ill|i will|i am going to|im going to|i|i might|i may|i should) be gone (soon|by|"
     r"tomorrow|tonight|before|forever|for good|and (they|he|she|everyone))\b"
     r"|\b(affairs in order|sorted out my affairs|sorting out my affairs|sort out my affairs)\b"
     r"|\b(goodbye|bye|farewell) (everyone|world|everybody|all|cruel world)\b(?! (see you|xx|"
     r"x|till|until|tomorrow|next|for now|have a|from))"
     r"|\b(im|i am) sorry for everything\b"
     r"|\b(dying|death|being dead|not being here|ending it|killing myself|not existing|"
     r"not waking up) (would be|is|seems|feels|would feel|sounds|looks) (so |much |a lot )?"
     r"(easier|better|a relief|the only way|the answer|preferable|kinder|peaceful|nice|good)\b"),
    ("sh_wish_harm_to_self",
     r"\b(hope|hoping|wish|wishing|pray|praying|want|wanting) (that )?i (get|got|would get|will "
     r"get|d get|would be|get) (hit|run over|killed|knocked down|in a crash|in an accident|"
     r"cancer)\b"
     r"|\b(wish|hope|want|wishing|hoping|praying|pray) (that )?something (bad )?(would|will|could|"
     r"might) (just )?happen to me\b"
     r"|\b(so|and|then) (it|everything|it all|this|all of this|the pain) (would|could|will) (all )?"
     r"(just )?(stop|end|be over) (for good|forever|for ever|permanently)?$"
     r"|\b(have|got) (a |the )?plan (and|\S+ and) (i have |ive got |i ve got |got |have |the )?"
     r"(the |my |all the |enough |all my )?(pills|tablets|meds|rope|knife|means|paracetamol|"
     r"razor|blades)\b"
     r"|\b(have|got|ive got|i have) (a |the )?(plan|plans|means|method) (and|to|for) (the )?"
     r"(means|method|plan|do it|end it|when)\b"
     r"|\b(drank|drunk|had|downed) (\S+ ){0,5}(and|then) (took|taken|swallowed|have taken) (all |a "
     r"load of |loads of )?(my |the |some )?(pills|tablets|meds|medication|sleeping pills)\b"),
]

EXAMPLES = Examples(
    must_match=(
        "recorded a video for her first birthday in case im not there",
        "i've sorted out my affairs and written a will, just in case",
    ),
    must_not_match=(
        "we made memory boxes for her first year, so cute",
        "i keep thinking about the pills i take for my thyroid, are they safe for breastfeeding",
    ),
)

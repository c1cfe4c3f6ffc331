"""Harm to the baby described without a harm word (second round): force and punishment.

Covers force into the mouth, violent holding or rocking, punishment by cold, hunger or being shut
away, urges with a pillow, force to make the baby quiet ("shut him up for good"), danger on
purpose.
Borderline: a playful flick of water, night weaning "on purpose", "i'd never hurt her" about
anger (distress unless "but i want to" follows) stay out of this family.
"""

from safety.rules.family import Examples

RULES: list[tuple[str, str]] = [
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

EXAMPLES = Examples(
    must_match=(
        "i flicked his nose and he cried more so i did it again harder",
        "if he wakes one more time i swear i'll shut him up for good",
    ),
    must_not_match=(
        "my mum flicked water at her face and she laughed",
        "we're giving her less milk at night on purpose to night wean, is that ok",
    ),
)

"""Abuse named: a partner or family member hurting the parent, abuse named, a head banged
against something, tried to kill, hands on the neck, threats, control, sexual abuse, fear of
him, violence.

Borderline: questions about what abuse means or whether something is a crime, worry about a
friend, a baby's grip on a necklace or its kicks and bites are ordinary (the idioms); "i'm
scared of being alone with the baby" is not fear of a partner.
"""

from safety.rules.family import Examples
from safety.rules.shared import HARM_VERB, verb_forms

RULES: list[tuple[str, str]] = [
    ("ab_hurt_me",
     r"\b(he|hes|she|shes|they|partner|husband|boyfriend|fiance|fiancee|ex|wife|girlfriend|"
     r"mother in law|father in law|dad|father|brother|stepdad|step dad|his mum|his dad|"
     r"his brother|his family|uncle|someone|man|landlord|son|mum|baby daddy|babys dad|"
     r"babys father|baby father|the babys dad|bd) (\S+ ){0,4}?"
     r"("
     + verb_forms("hit", "beat", "punch", "kick", "slap", "shove", "push", "strangle", "choke",
                  "throttle", "grab", "bite", "burn", "rape", "assault", "attack", "drag", "pin",
                  "headbutt", "smack", "stab", "throw", "hurt", "injure", "abuse", "batter",
                  "thump", "whack", "smother", "suffocate", "trip")
     + r"|beaten|bit|burnt|threw|thrown|"
     r"spat at|spits at|spat on|spits on|kicked out|locked|locks) (\S+ )?me\b"
     r"(?!( \S+){0,6} (teething|latch|latching|boob|nipple|nipples)\b|( \S+){0,3} (while|when) "
     r"(feeding|nursing|breastfeeding|on the boob)\b)"
     r"(?! (with (his|her) (rattle|toy|toys|bottle|spoon|tiny|little|feet|foot|head|hand|"
     r"hands)|when (he|she) (feeds|was feeding|is feeding|s feeding)|in the (boob|boobs|"
     r"nipple|nipples) lol|lol|haha|at|to it|to the|in a|hands down|fair and square|again at|"
     r"(a|an) (surprise|party|bone|ball|curveball|curve ball|lifeline|look|smile|wink|kiss|"
     r"hint)))"),
    ("ab_being_abused",
     r"\b(im|i am|i think im|i think i am|i have been|ive been) (being )?(abused|in an abusive "
     r"relationship|a victim of (domestic )?(abuse|violence))\b(?! by (my |the |our )?(toddler|"
     r"toddlers|baby|babys|kids|children|cat|dog|boss|job|work)|( \S+){0,6} (lol|haha))|"
     r"\bbeing (abused|hit|beaten|hurt|controlled|threatened|assaulted|raped|strangled|choked|"
     r"kicked|punched|slapped|bullied|intimidated) (\S+ ){0,2}by (my|him|her|his|the|our)\b"
     r"(?! (toddler|toddlers|baby|babys|kids|children|cat|dog|boss|job|work)\b|( \S+){0,6} "
     r"(lol|haha))"
     r"|\b(abuses|abused|abusing|mistreats|mistreating|mistreated) me\b"
     r"|\bnot safe (at home|in my (own )?(home|house|flat)|in the house|with (him|my partner|"
     r"my husband|my boyfriend|my ex))\b"
     r"|\b(scared|afraid|frightened|terrified|worried) (that )?(he|she|they|hes|shes|theyre|hell|"
     r"shell|theyll|hed|shed)( \S+){0,3} (hurt|kill|hit|harm|attack|beat|strangle|choke|rape|"
     r"stab) (me|us)\b"),
    ("ab_head_against",
     r"\b(he|she|partner|husband|boyfriend|fiance|ex|wife|girlfriend|they) (\S+ ){0,2}"
     r"(slammed|smashed|banged|hit|knocked|pushed|shoved|threw|bashed) my (head|face|body) "
     r"(against|into|on|off|onto)\b"
     r"|\b(bruises|bruise|bruising|marks|black eye|cuts|injuries|scars) (\S+ )?(from|off|because "
     r"of|where|thanks to) (him|my partner|my husband|my boyfriend|my ex|my fiance|my wife|"
     r"my girlfriend|them)\b"),
    ("ab_tried_to_kill",
     r"\b(he|she|partner|husband|boyfriend|fiance|ex|wife|girlfriend|they|baby daddy) (\S+ ){0,2}"
     r"(tried|trying|tries|attempted|nearly|almost|wanted|wants|going|threatens|threatened|"
     r"threatening) (to )?(kill|killed|drown|drowned|smother|smothered|suffocate|suffocated|"
     r"poison|poisoned|stab|stabbed|strangle|strangled|choke|choked|burn|burned|run over|shoot|"
     r"shot) me\b"
     r"|\b(threatens|threatened|threatening|says|said|keeps saying) (\S+ ){0,2}(kill|hurt|harm) "
     r"(himself|herself) (and (me|us|the baby|the kids)|if i (leave|left|go|tell|break up|end))"),
    ("ab_neck",
     r"\b(hands|hand|arm|arms|fingers|belt|rope|cord) (round|around|on|across|against) my "
     r"(neck|throat)\b|\bby the (throat|neck|hair)\b|\b(strangled|choked|throttled) me\b"),
    ("ab_threats",
     r"\b(threatened|threatens|threatening|threaten|threat|threats) (?!(\S+ ){0,2}(evict|sue|fine|"
     r"charge|bill|cancel|cut off our))(\S+ ){0,2}(me|us|to (kill|"
     r"hurt|harm|stab|beat|hit|strangle|choke|rape|burn|kick me|throw me|lock me|leave me|"
     r"report me|have me|get me|tell social|call social|take (the baby|my baby|our baby|the "
     r"kids|my kids|him|her|them|my son|my daughter|son|daughter|the children|custody)))\b"
     r"(?! (with (a|the) (bath|bed|early|time out|naughty)))"
     r"|\b(says|said|told me|tells me|swore|swears|promised|keeps saying) (\S+ ){0,2}"
     r"(hell|he will|hed|he would|shell|she will|theyll|they will|hes going to|shes going "
     r"to) (kill|hurt|harm|stab|beat|take|keep|find|destroy|ruin|burn|hit) (me|the baby|"
     r"my baby|our baby|the kids|her|him|us|son|daughter|my son|my daughter|the children|"
     r"them)\b (\S+ ){0,8}(if|unless|when) i "
     r"(leave|left|go|went|tell|told|report|reported|call (the police|999|911|for help|anyone|"
     r"someone|my (mum|family|"
     r"sister|friend|friends|dad|brother))|try|"
     r"ever|speak|talk|say anything|take|move|see)"
     r"|\bif i (leave|left|go|tell|report|call|try to leave|ever leave) (\S+ ){0,9}"
     r"(hell|he will|hed|he would|shell|she will|theyll|hes going to|shes going to) "
     r"(kill|hurt|harm|take|keep|find|make sure|get|never let|stop|tell social services|"
     r"call social services)\b"
     r"|\b(nobody|no one|noone) (would|will|is going to|will ever|would ever) believe me\b"
     r"|\b(knife|gun|weapon|knives) (\S+ ){0,4}(at me|to my|against my|on me|over me|in my "
     r"face)\b|\b(threatened|threatening|threatens) me with\b"),
    ("ab_control",
     r"\b(controls|control|controlling|takes|took|taken|has|keeps|kept|keeping|withholds|"
     r"withheld|hides|hid) (all )?(of )?(my |the |our )?(money|bank card|bank cards|card|"
     r"cards|wages|benefits|child benefit|passport|passports|car keys|keys|finances|"
     r"access to money)\b(?! (for|to pay|to buy|because i|safe|in his wallet so i|out))"
     r"|\b(checks|check|checking|goes through|go through|going through|reads|read|reading|"
     r"monitors|monitoring|tracks|tracking|tracked) (all )?(of )?my (phone|messages|texts|emails|"
     r"location|whereabouts|spending|bank|social media|calls|car|every move)\b"
     r"(?! for (the |my |our )?(baby )?(photos|pictures|pics|videos|the time|the weather|"
     r"directions|the recipe|the number|updates))"
     r"|\b(not|never|isnt|arent) (allowed|permitted|let) to (see|have|go|leave|talk|speak|"
     r"call|use|visit|work|text|drive|spend|buy|wear|eat|sleep|get) (my |any |the |out|"
     r"to|of|anything|own|friends|family|a|money|anyone|the house)"
     r"(?! (lift|drive for|drive after|hoover|exercise|bath|swim|do heavy))"
     r"|\b(wont|will not|doesnt|does not|never) let me (?!(\S+ ){0,8}(custody|court|solicitor|"
     r"contact order|mediation)\b)(leave|go|see|have|use|talk|speak|call|"
     r"out|visit|work|text|drive|spend|buy|wear|eat|sleep|get|take the|contact|"
     r"phone|answer)\b(?! (a (minute|moment|second)|him|her|the baby|the babys|babys|what|it|the "
     r"present|my present|the surprise|do the night|do nights|"
     r"do any night|help|lift|do anything for myself|pick|change|bath|hold))"
     r"|\b(prevents|prevented|stops|stopped|stop|stopping|keeps|keep|kept|forbids|forbade|bans|"
     r"banned) me "
     r"(from )?(seeing|leaving|going|talking|using|having|calling|visiting|working|contacting|"
     r"speaking to|phoning|getting)\b(?! (sleep|any sleep|a nap))(?!( \S+){0,6} (lol|haha|nappies"
     r"|nappy)\b)"
     r"|\b(restricts|restrict|restricted|restricting|limits|limited|limiting|cuts off|cut off|"
     r"cutting off|isolates|isolated|isolating) (my |me )(\S+ ){0,2}(access|money|contact|"
     r"phone|friends|family|from)\b"
     r"|\b(ask|asking|get|beg|begging) (his |her |their )?permission (to|for) (\S+ ){0,3}"
     r"(buy|spend|go|see|leave|use|have|eat|nappies|food|money|out)\b"
     r"|\blocked (me|us|me and the baby|the baby and me) (out|in)\b"
     r"|\b(keeps|kept|keeping|keep) (me|us) (locked|shut|trapped|prisoner) (in|inside|up)?\b"
     r"|\blocks (me|us) (in|out|up|inside)\b"
     r"|\b(controls|control|controlling|dictates|decides|decide|chooses|choose) (where|who|what|"
     r"when|how) i (go|see|wear|eat|spend|do|talk|say|sleep|text|call)\b"
     r"|\b(controls|controlling|dictates|decides|control) (everything|every thing|all|what) "
     r"(i do|i say|i wear|i eat|i spend|about me|in my life|i can do|i am allowed)\b"),
    ("ab_sexual",
     r"\b(forces|forced|forcing|makes|made|making|pressures|pressured|pressuring|pushes|pushed) "
     r"me (to |into )?(have sex|sleep with|sex|do things|do stuff|do sexual|have intercourse|"
     r"sexual)\b"
     r"|\bforced (himself|herself|themselves) on me\b"
     r"|\b(raped|rape|rapes|raping|sexually assaulted|sexual assault|sexually abused|"
     r"sexually abusing|sexually abuses)\b(?! (scene|joke|jokes|case|cases|statistics|in the "
     r"news|culture))"
     r"|\b(sex|intercourse) (\S+ ){0,3}(when i said no|when i say no|even though i said no|"
     r"without my consent|against my will|while i was asleep|while im asleep)\b"),
    ("ab_afraid_of",
     r"\b(scared|afraid|frightened|terrified|fearful|petrified) (of|to) (him|her|my partner|"
     r"my husband|my boyfriend|my ex|my fiance|my fiancee|my wife|my girlfriend|my dad|"
     r"my father|my mother in law|my father in law|my brother|his temper|his anger|"
     r"what he will do|what hell do|what he might do|what he would do|what she will do|"
     r"going home(?! (from|after))|go home(?! (from|after))|be at home|be home|tell him|"
     r"leave him|leave her|tell anyone|"
     r"be alone with him|be in the same room)"
     rf"(?!( {HARM_VERB}| (choking|falling|getting|being|not|waking|rolling|crying|catching|"
     r"picking|dropping|missing|forgetting|spitting|vomiting|hating|feeling|rejecting|"
     r"seeing|finding|thinking|leaving)|'s|s ))\b"),
    ("ab_violent",
     r"\b(violent|aggressive|abusive|rough|dangerous) (\S+ )?(to|towards|with|at|around) "
     r"(me|us)\b(?! (lol|haha))"
     r"|\b(gets|getting|got|been|is|becomes|became|turns|turned|can get|can be|was) "
     r"(really |so |very |quite |more |extremely )?(violent|abusive|physical with me|"
     r"handsy|aggressive with me)\b"
     r"|\b(abusive|violent|controlling|coercive) (relationship|partner|husband|boyfriend|"
     r"marriage|ex|wife|girlfriend|fiance|home)\b"
     r"|\b(im|i am|i think im|i think i am|i might be|experiencing|going through|suffering|"
     r"living with|living in|victim of|survivor of|escape|escaping|get out of|this is|its|it is|"
     r"is this|this counts as|this sounds like|i think its|i think this is|he is|hes|she is|shes|"
     r"been|relationship|suffered|suffer|in|from|about my|my) (\S+ ){0,2}(domestic|coercive) "
     r"(abuse|violence|control)\b"
     r"|\b(scared|afraid|terrified|frightened|worried) (that )?(im|i am|ill be|i will be|i|me|the "
     r"baby|the kids|were|we are|we|were going to be|im going to be) (next|going to be next)\b"
     r"(?! (to (get|catch|be ill|be sick|go down|come down)|for the (bug|virus|cold)|with the))"
     r"|\b(punched|punches|punching|kicked|kicks|smashed|smashes|hit|hits|threw|throws|"
     r"slammed|slams) (\S+ ){0,2}(the |a )?(wall|walls|door|doors) (\S+ ){0,5}(next to|"
     r"beside|behind|near|by|right by) my (head|face)\b"
     r"|\bnext time (it|itll|it will) (wont|will not|not) be the (wall|door)\b"
     r"|\b(throws|threw|throwing|thrown|chucks|chucked|hurls|hurled) (\S+ ){0,2}"
     r"(at me|at my head|at my face)\b(?!( \S+){0,4} (by accident|accidentally|lol|haha|"
     r"playing|while playing|during))"
     r"|\b(he|partner|husband|boyfriend|ex|she|wife|girlfriend) (\S+ ){0,2}(smashed|broke|"
     r"destroyed|threw) my (phone|keys|passport|glasses)\b(?! (screen lol|by accident|"
     r"accidentally|on the (bed|sofa|couch|side)|in a (huff|strop|sulk)|back to me))"
     r"|\b(took|takes|hid|hides|taken|hidden|keeps) my (phone|keys|passport|car keys|bank card|"
     r"purse) (away )?(so|and|because|then) (i|that i|now i) (cant|couldnt|can not|could not|wont|"
     r"cannot|have no)\b"
     r"|\b(bruises|bruise|marks|black eye|split lip) (\S+ ){0,6}(where|from where|because|"
     r"after) (he|she|they|my partner|my husband) (\S+ ){0,2}(grabbed|hit|punched|kicked|"
     r"pushed|squeezed|held|pinned|bit|slapped|choked|strangled)\b"),
]

EXAMPLES = Examples(
    must_match=(
        "he grabbed me by the throat and said 'next time i wont stop'",
        "My husband has been violent towards me on several occasions.",
    ),
    must_not_match=(
        "i'm scared of being alone with the baby when my husband goes back to work",
        "my toddler pushed the baby over and she banged her head, she's fine now, cried for a"
        " minute",
    ),
)

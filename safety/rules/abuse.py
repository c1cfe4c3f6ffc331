"""Abuse: a partner or family member hurting, threatening or controlling the parent.
Questions about what abuse means, or worry about a friend, stay ordinary."""

from safety.rules.shared import HARM_VERB, verb_forms

# Read by this category only.
ABUSE_IDIOMS: tuple[str, ...] = (
    r"\b(how do i know|how can i tell|how would i know|how to tell|how do you know) (if |"
    r"whether )?(im |i am |you are |youre |someone is )?(in )?(an )?abusive relationship\b",
    # Worry about a friend is not a disclosure.
    r"\b(friend|friends|sister|colleague|neighbour|cousin|mate|someone|somebody|a woman|a mum)"
    r"( who| that)? (\S+ ){0,4}(is being|being|was being|has been|might be being) (abused|hit|"
    r"beaten|hurt|controlled|threatened)\b",
    # Being able to ask what a word means, or whether something is a crime, is a question.
    r"^(what|whats|how|is|are|does|do|can|could|where|who|which|why) (\S+ ){0,6}(domestic "
    r"(abuse|violence)|coercive control|abuse)( \S+){0,3} (mean|means|count|counts|a crime|"
    r"illegal|defined|definition|helpline|hotline|number|line|charity|charities)\b",
    r"\b(what counts as|what is|whats|definition of|meaning of|signs of|types of|examples of) "
    r"(\S+ )?(domestic abuse|domestic violence|coercive control|abuse)\b"
    r"(?! (is|im|i am|in my))",

    # "she grabbed my necklace and nearly choked me": a baby's grip on a necklace or scarf.
    r"\b(necklace|scarf|lanyard|hair|hood|strap|sling|lead|chain)( \S+){0,4} (nearly |almost )?"
    r"(choked|strangled|throttled) me\b",
    # A biting baby: "she bit me so hard i bled, how do i stop her biting".
    r"\b(she|he)( \S+){0,2} (bit|bites|biting) me\b(?=( \S+){0,10} (stop (her|him|them) biting|"
    r"teeth|teething|tooth|feed|feeding|latch|latching)\b)",
    # The baby's own kicks and headbutts during care: "she kicked me in the face during a
    # nappy change, she's a wild one", "strong lad headbutted me lol".
    r"\b(she|he|baby|the baby|lo|my baby|my son|my daughter|little one|lad|girl|boy)( \S+){0,2} "
    r"(kicked|kicks|kicking|headbutted|headbutts|punched|punches|hit|hits|slapped|slaps|bit|"
    r"bites|scratched|scratches|smacked|whacked|elbowed|poked|clawed|grabbed|pulled) (\S+ ){0,1}"
    r"me( \S+){0,5} (during|mid|while|whilst|at|in the middle of|when i was|as i was|doing|"
    r"changing) (a |the |his |her |my )?(\S+ )?(nappy|diaper|bum|bath|feed|feeding|change|"
    r"changing|bathtime|bath time|bedtime|dressing|cuddle|burp|burping|sleep)\b",
    r"\b(she|he|baby|the baby|lo|my baby|my son|my daughter|little one)( \S+){0,2} (kicked|kicks|"
    r"headbutted|headbutts|punched|punches|hit|hits|slapped|slaps|bit|bites|scratched|"
    r"scratches|smacked|whacked|elbowed|poked|clawed) (\S+ ){0,1}me\b(?=( \S+){0,10} (wild one|"
    r"little monkey|so strong|strong (lad|girl|boy|one)|ninja|tiny|little|cheeky|bless|lol|"
    r"(shes|hes|she is|he is) (fine|ok|okay)|"
    r"haha|ouch|ow)\b)",
)

# (rule id, pattern). The first rule to match names the result.
ABUSE_RULES: list[tuple[str, str]] = [
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
    # Situations described without the topic words (from messages written without the rules).
    ("ab_withheld",
     r"\b(not|never|isnt|arent|no longer) (allowed|permitted) (any |my own |a |the |to have |to "
     r"have any |to use |to touch |near )?(money|cash|penny|bank account|bank card|card|phone|"
     r"friends|key|keys|car|heating|the heating|food|a job|visitors|my family|my mum)\b"
     r"|\b(ask|asking|get|beg|begging|need) (his |her |their )?(permission|approval) (to|for|"
     r"before) (\S+ ){0,4}(heating|the heating|shower|eat|food|shopping|leave|go out|see|use|"
     r"money|spend|buy|turn|put)\b"
     r"|\b(have to|must|need to|got to) ask (him|her|them) (if i can|before i|whether i can|for) "
     r"(\S+ ){0,3}(heating|eat|shower|food|leave the house|go out|see my|use the car|money|spend|"
     r"buy|put the heating|turn the heating)\b"
     r"|\b(turns|turned|switches|switched|cuts|cut|takes|took|changed|changes|blocks|blocked) "
     r"(off |the |my )?(wifi|wi fi|internet|router|data|phone|electric|electricity|heating|gas|"
     r"sim)( off)?( \S+){0,6} (so (i|that i) (cant|can not|couldnt|cannot|have no)|so (im|i am"
     r"|i m) "
     r"(cut off|alone|isolated|stuck)|when (he|she) "
     r"(goes|leaves|goes out|is out)|if i|to (stop|punish|control) me|as (a )?punishment|every "
     r"time i)\b"
     r"|\b(took|takes|taken|hid|hides|hidden|removed|removes|keeps|kept|locked away|locks away|"
     r"took off) (\S+ ){0,3}(wheels|wheel|keys|battery|valve)( \S+){0,4} (so (i|that i) (cant|can "
     r"not|couldnt|cannot|wont be able to)|to (stop|keep) me|and (hid|hides|hidden|wont))\b"
     r"|\b(took|takes|taken|hid|hides|hidden|keeps|kept|has) (the babys|babys|my|our|her|his|the "
     r"kids) (passport|passports|birth certificate|documents|papers|visa|id)\b(?! (renewal|photo|"
     r"application|form|appointment))"),
    ("ab_watched_by_partner",
     r"\b(tracker|tracking device|airtag|air tag|gps tracker|gps|spy app|spyware|tracking app|"
     r"camera|cameras|cctv|recorder|listening device) (\S+ ){0,3}(on|in|under) my (car|phone|bag|"
     r"pram|buggy|coat|keys|purse)\b"
     r"|\b(he|she|my ex|ex|partner|husband|boyfriend|they|hes|shes) (\S+ ){0,2}(put|installed|hid|"
     r"planted|fitted|set up|added|hides) (a |an |the |some )?(tracker|tracking app|spy app|"
     r"spyware|airtag|air tag|location sharing|find my)\b"
     r"|\b(gives|give|gave|leaves|left) me (no|zero) money\b"
     r"|\b(not|never) (allowed|permitted) (any|a penny|a thing)( at all)?$"
     r"|\b(cameras?|camera)( \S+){0,8} (watch|watches|watching|filming|recording|spying on|see|"
     r"check on|spy on|keep an eye on|keeps an "
     r"eye on|monitor) me\b"
     r"|\b(turns|shows|pops|comes) up (\S+ ){0,2}(wherever|everywhere|anywhere|whenever) i "
     r"(go|am)\b"
     r"|\b(watches|watching|checks|checking|spies on|spying on|monitors|monitoring) (me|on me) "
     r"(\S+ ){0,2}(on|through|with|via) (the |his |her )?(cameras|camera|doorbell|ring doorbell|"
     r"app|phone)\b"),
    ("ab_threat_said",
     r"\b(said|says|saying|screaming|screamed|shouting|shouted|yelling|yelled|texted|texting|"
     r"messaged|told me|tells me|keeps saying|swore|threatening|threatened) (\S+ ){0,2}(hell|he "
     r"will|hed|he would|shell|she will|shed|theyll|they will|hes going to|shes going to|he is "
     r"going to|she is going to|hes gonna|shes gonna) (\S+ )?(kill|murder|stab|strangle|batter|"
     r"beat|hurt|shoot|burn|smash|break) (me|us|the baby|my baby|our baby|the kids|you|my)\b"
     r"(?!( \S+){0,8} (lol|haha|lmao|joking|jk)\b| (for|when (he|she) (sees|finds|gets)))"
     r"|\b(burn|set fire to|torch|petrol) (\S+ ){0,2}(house|flat|home|place)( down)? (with (us|me|"
     r"the baby|the kids|you)|while (we|i))\b"
     r"|\b(banging|bangin|hammering|pounding|kicking|smashing|trying to break|trying to kick) "
     r"(on |at |in |down )?(the |my |our )?(door|doors|window|windows)\b( \S+){0,12} (scared|"
     r"terrified|kill|hurt|police|999|let him in|wont go away|wont leave|drunk|threatening|hiding|"
     r"hide|hid|locked ourselves|locked myself|barricaded|open "
     r"it|break it)\b"
     r"|\bnext time (hell|he will|hed|he would|shell|she will|shed|she would|theyll|they will)"
     r"( \S+){0,3} (make sure|kill|hurt|break|wont miss|really|finish|wont stop|wont be)\b"
     r"|\b(said|told (them|the police|the doctor|the nurse|the midwife|everyone|the hospital)|had "
     r"to say|pretended|lied and said) (that )?i (fell|walked into|tripped|slipped|bumped)\b"
     r"(?=( \S+){0,12} (police|he|him|hed|hes|bruise|bruises|black eye))"
     r"|\b(held|holds|holding|put|puts|pointed|points|waved|waves|pressed) (a |the |his |her )?"
     r"(lighter|knife|blade|gun|flame|lit cigarette|cigarette|hot iron|iron|scissors|hammer) "
     r"(to|at|near|against|in) my (hair|face|throat|neck|head|skin|arm|chest|eye|eyes)\b"),
    ("ab_at_the_door",
     r"\b(hell|he will|hes going to|hes gonna|shell|she will|theyll) (smash|kick|break|bash|knock)"
     r" (it|the door|the window|my door|our door|the windows|the door down) (in|down)\b"
     r"|\b(my ex|ex|he|she|his brother|her ex|my partner|my husband|my boyfriend|babys dad|bd)( is|"
     r" s|s)? (\S+ ){0,2}(outside|at) (the|my|our) (door|window|house|flat|front door)( \S+){0,8} "
     r"(screaming|shouting|banging|threatening|kicking|wont leave|wont go away|trying to get in|"
     r"drunk)\b"
     r"|\b(hand over|give him|hand him|give her|hand her|he takes|he takes all) (all )?(of )?(my )?"
     r"(wages|salary|benefits|child benefit|maternity pay|pay packet)\b"
     r"|\b(he|she|they) (only )?(gives|give|gave) me (an |a small |a tiny )?(allowance|pocket "
     r"money)\b"
     r"|\b(account for|justify|explain) every (penny|pound|cent|dollar|thing i buy|purchase)\b"
     r"|\b(checks|check|goes through|go through|inspects) (all )?(my |the )?(receipts|bank "
     r"statements|purchases|shopping bags)\b(?! (for (the )?(return|refund|warranty)))"),
    ("ab_stalked",
     r"\b(sits|sat|sitting|parks|parked|parking|waits|waiting|waited) (\S+ ){0,2}outside (my|our|"
     r"the|my mums|my parents|my sisters|my friends) (\S+ )?(house|flat|home|work|place)\b"
     r"( \S+){0,6} (all night|for hours|every night|watching|in his car|in the dark)\b"
     r"|\b(my ex|ex|he|hes|he s|his)( \S+){0,8} (trying|tried|tries|rattling|rattled) the (door|"
     r"door handle|door handles|handles|windows|locks)\b"
     r"|\b(my ex|he|hes|he s|he keeps|my ex keeps) (\S+ ){0,2}(turning up|turns up|showing up|"
     r"shows up) (\S+ ){0,3}(at|outside) (my|our|the) (house|flat|door|work|mums)\b( \S+){0,4} "
     r"(at night|drunk|in the middle of the night|watching|at \d+ ?am|uninvited)\b"
     r"|\b(he|she|they|my ex|partner|husband|boyfriend)( \S+){0,6} (smashed|smashes|destroyed|"
     r"snapped|broke) my (phone|sim|laptop)\b(?! (screen|by accident|accidentally|lol|haha))"
     r"|\bif i (ever )?(tell|told|leave|left|go|call|report|speak|talk|say)\b( \S+){0,6} (hell|he "
     r"will|hed|he would|shell|she will|theyll) (make me (regret|pay|sorry|suffer)|make sure i "
     r"(regret|pay|never)|make my life hell|ruin me|destroy me|finish me)\b"
     r"|\b(hell|he will|hed|he would|shell|she will|theyll) (make me (regret|pay|suffer)|make my "
     r"life hell)( it)? if i\b"
     r"|\b(he|she|they|my ex|partner|husband|boyfriend)( \S+){0,3} (pillow|cushion|hand|hands|bag|"
     r"blanket) (over|on|across|against) my (face|mouth|nose)\b"
     r"|\b(he|she|they|my ex|partner|husband|boyfriend)( \S+){0,10} (till|until) i (couldnt|could "
     r"not) breathe\b"),
    ("ab_control_described",
     r"\b(makes|made|make|making) me ask (\S+ ){0,2}(for )?permission\b"
     r"|\b(makes|made) me ask (\S+ ){0,3}(before|if|whether) i (can )?(\S+ ){0,2}(shower|heating|"
     r"eat|food|go out|leave|see my|use the|have a)\b"
     r"|\b(ask|asking) (\S+ )?before i (can )?(use|have|go|eat|spend|turn|put|see|leave|buy)\b"
     r"( \S+){0,4} (shower|heating|food|money|car|phone|out|house|the heating|hot water)\b"
     r"|\b(airtag|air tag|tracker|tracking device|gps tracker|gps) (\S+ ){0,3}(sewn|hidden|stuck|"
     r"taped|planted|tucked|zipped) (in|into|under|inside|on|onto)\b"
     r"|\b(covered in|full of|so many|loads of|lots of) bruises\b( \S+){0,8} (he|him|my partner|my "
     r"husband|my boyfriend)\b"
     r"|\b(he|she) (says|said|tells everyone|told them|tells people) (that )?i bruise easily\b"
     r"|\b(decides|decide|dictates|controls|chooses) what i (eat|wear|weigh|spend|buy|do)\b"
     r"|\b(he|she|partner|husband|boyfriend|they)( \S+){0,3} (weighs|weighed|weighing) me (every|"
     r"each|daily)\b"),
    ("ab_degraded",
     r"\b(he|she|they|partner|husband|boyfriend|my ex)( \S+){0,3} (says|said|tells me|told me|"
     r"calls me|called me|keeps telling me|keeps saying|keeps calling me)( that)?( im| i am| i m| "
     r"im a| i was)? (worthless|useless|nothing|pathetic|an unfit mum|an unfit mother|disgusting|"
     r"a waste of space|a terrible mother|a whore|a slag|a bitch)\b(?!( \S+){0,6} (lol|haha|jk|"
     r"joking))"
     r"|\b(no one|nobody|noone) (else )?(would|will) (ever )?want (me|you)\b"
     r"|\bonly (allowed|permitted|let) (out|to go out|to leave|to leave the house)\b(?!( \S+){0,6} "
     r"(breastfeeding|feeding|feeds|c section|stitches|recovery|doctor|midwife)\b)"
     r"|\b(he|she) (times|timed|clocks) me\b"
     r"|\b(makes|made|forces|forced|making) me (sleep|stay|sit|kneel|eat) (on the floor|outside|"
     r"in the car|in the garden|in the shed|on the doorstep)\b"
     r"|\bif i (dont|do not|didnt|wont) (do what (he|she) (says|wants|tells me)|obey|listen to "
     r"(him|her))\b"
     r"|\b(my ex|ex|he|hes|he s)( \S+){0,6} (knows|found out|worked out|has found|found) where (i|"
     r"we) (live|are|am|stay|are staying|moved)\b(?!( \S+){0,6} (card|present|gift|birthday|"
     r"flowers)\b)"),
    ("ab_took_my_things",
     r"\b(he|she|hes|shes|he has|she has|he s|my partner|my husband|my boyfriend|my ex) (\S+ ){0,2}"
     r"(taken|took|takes|hid|hides|hidden|keeps|kept|locked away) (all )?my (phone|phone and keys|"
     r"keys|car keys|bank card|bank cards|purse|passport|sim|charger)\b(?! (to|for|by|back|"
     r"with|home|upstairs|downstairs|out|off|into|in)\b(?! (stop|keep) me))(?!( \S+){0,6} (lol|"
     r"haha|by accident|accidentally|mistake)\b)"),
    ("ab_held_down",
     r"\b(he|she|they|partner|husband|boyfriend|my ex)( \S+){0,3} (held|holds|holding|pinned|pins|"
     r"pinning) me (down|against|to the)\b(?!( \S+){0,6} (tickl\S*|laugh\S*|lol|haha|playing|play "
     r"fight\S*|wrestl\S*)\b)"
     r"|\b(black eye|bruises|bruise|split lip|marks)( \S+){0,8} (told|tell|said) (\S+ ){0,3}i "
     r"(walked into|fell|tripped|slipped|bumped)\b"
     r"|\b(wont|will not|doesnt|does not|never) let me (feed|hold|pick up|comfort|see|touch"
     r"|go near)"
     r" (\S+ ){0,3}(unless|until|without) (he|she|his|her)\b"
     r"|\b(rips|ripped|tears|tore|cuts|cut|burns|burned|throws away|threw away|hides|hid) (up )?my "
     r"(clothes|shoes|coat|bag|documents|passport|cards)\b( \S+){0,4} (so (i|that i) (cant|couldnt|"
     r"can not|have no)|when (he|she) (is|gets) (angry|drunk|jealous))\b"),
    ("ab_threats_and_stalking",
     r"\b(hell|he will|hes going to|he would|hed|shell|she will) (\S+ )?(hurt|kill|harm) (us both"
     r"|both"
     r" of us|the both of us|us all|all of us)\b(?!( \S+){0,6} (lol|haha|cooking|singing"
     r"|driving)\b)"
     r"|\b(lock|locks|bolt|bolts|padlock) on the outside of (the|my|our) (bedroom )?(door|room)\b"
     r"(?!( \S+){0,6} (dog|cat|toddler|kids|baby|child|puppy)\b)"
     r"|\b(spat|spits|spitting) in my face\b"
     r"|\b(he|partner|husband|boyfriend|my ex)( \S+){0,3} (grabbed|grabs|twisted|twists|squeezed|"
     r"squeezes|yanked|yanks|pulled|pulls|bent|bends) my (wrist|wrists|arm|arms|neck|throat|face|"
     r"jaw|breast|boob)\b( \S+){0,6} (so hard|hard|until|till|left|bruise|bruises|marks"
     r"|hurt)\b(?!( "
     r"\S+){0,8} (lol|haha|feed|feeding|months|teeth|teething|slipped|fell|tripped|saved|caught)\b)"
     r"|\b(my ex|ex|he)( \S+){0,2} (messages|texts|calls|rings|phones) me (\d\d+|loads of|hundreds "
     r"of|fifty|dozens of|twenty|thirty|forty) times (a|an|every) (day|hour|night)\b(?!( \S+){0,4} "
     r"(about the baby|co parent\S*)\b)"
     r"|\bmy ex( \S+){0,6} (turns|turning|shows|showing) up (\S+ ){0,2}(uninvited|unannounced|at "
     r"(my|the|our) (house|door|flat|work|nursery|mums|parents)|outside|at night|drunk|everywhere|"
     r"wherever)\b(?!( \S+){0,4} (for (his|her) contact|to pick up|to collect|on time|late)\b)"),
    ("ab_deprivation",
     r"\b(keeps|kept|keep|keeping) me (up|awake) (all night )?(on purpose|deliberately|to punish"
     r"|as "
     r"punishment|so (i|im))\b"
     r"|\b(wont|will not|doesnt|does not|never) let me (\S+ ){0,6}(go out alone|go out on my own|"
     r"leave the house|see anyone|have friends)\b"
     r"|\b(locks|locked|padlocks|padlocked) (the )?(food|fridge|kitchen|cupboards|food cupboards|"
     r"cupboard)\b( \S+){0,6} (so (i|that i)|ask him|ask her|permission)\b"
     r"|\b(puts|put|putting|laid|lays|lay) (his|her) hands on me\b"),
    ("ab_house_and_cover",
     r"\b(set|setting|sets) (the|our|my) (house|flat|home|place) on fire (with|while) (us|me"
     r"|the baby|"
     r"you)\b"
     r"|\b(sleeping|slept|living|staying) in (my|the) car (\S+ ){0,4}(because|cos|as) i (cant|can "
     r"not|cannot|darent|daren t|dont dare) go (home|back)\b"
     r"|\bnext time (it ll|itll|it will|its) (be )?(me|you|your face|your head|my face|my head)\b"
     r"|\b(he|she|partner|husband|boyfriend) (tells|told|decides|decide|dictates) (me )?(what|who|"
     r"where) (to wear|i (can|am allowed to) (wear|see|go|talk to)|to see"
     r"|to talk to)\b(?!( \S+){0,6} "
     r"(lol|haha|ignore him|ignore her|wedding|party)\b)"
     r"|\b(my ex|ex|he|she)( \S+){0,2} (broke|breaks|broken|break) into (my|our) (flat|house|home|"
     r"car)\b"),
    ("ab_someone_close",
     r"\b(son in law|her husband|her boyfriend|her partner|her ex|brother in law|sisters husband|"
     r"daughters husband|daughters boyfriend)( \S+){0,4} (pushed|shoved|hit|hits|punched|punches|"
     r"beat|beats|slapped|slaps|kicked|kicks|strangled|choked|grabbed|threw|throws|hurts|hurt|"
     r"threatens|threatened|controls) (her|my daughter|my sister|my niece)\b(?! (a|an|some|the)\b)"
     r"|\b(husband|boyfriend|partner|son in law)( \S+){0,4} (wont|will not|doesnt|never) let (her|"
     r"my daughter|my sister) (see|have|go|leave|talk|speak|call|visit|use)\b(?!( \S+){0,8} "
     r"(lol|haha|films?|movies?|while (shes|she is) pregnant)\b)"
     r"|\b(hell|he will|hed|he would|shell|she will) (use it|use the gun|shoot)( on)?( me"
     r"| us)?( \S+)"
     r"{0,2} if i\b"
     r"|\b(gun|knife|weapon)\b( \S+){0,8} (if i (leave|go|tell)|threaten\S*)\b"),
    ("ab_money_and_things",
     r"\b(no|zero|dont have any|dont have|without) access to (any |my own |our )?(money|bank"
     r"|account|"
     r"cash|card|bank account)\b"
     r"|\b(he|she) controls (it all|all the money|the money|our money|my money|everything i (do|"
     r"spend|buy))\b"
     r"|\b(he|she|partner|husband|boyfriend|my ex)( \S+){0,2} (hid|hides|hidden|hiding) (the |my )?"
     r"(pram|buggy|pushchair|car seat) (wheels|wheel)\b"),
    ("ab_coercion_and_injury",
     r"\b(shoving|pushing|knocking|slapping|throwing) me (around|about)\b"
     r"|\b(calls|calling|called) me names\b(?!( \S+){0,4} (lol|haha|jokingly|like|such as)\b)"
     r"|\bunless i (sleep with (him|her)|have sex|do (what|stuff|things) (he|she))\b"
     r"|\b(he|she|partner|husband|boyfriend|my ex)( \S+){0,3} (broke|fractured|dislocated|cracked) "
     r"my (arm|wrist|nose|ribs|rib|jaw|finger|fingers|hand|leg|collarbone|cheekbone)\b"),
    ("ab_do_the_same",
     r"\b(hell|he will|hed|he would|says hell|said hed|shell)( \S+){0,2} do the same to (me"
     r"|my face|"
     r"my head|us)\b(?!( \S+){0,6} (lol|haha|spoil\S*|joking)\b)"),
    ("ab_thrown_object_or_custody_threat",
     r"\b(threw|throws|threw a|chucked|hurled) (\S+ ){0,3}at my (head|face)\b( \S+){0,6} (cut|bled|"
     r"bleeding|hurt|bruise|bruised)\b"
     r"|\b(hell|he will|hed|he would) make sure i (never|dont|do not|wont) (see|get|have) (the "
     r"kids|the baby|my baby|my kids|my son|my daughter|her|him|them)\b"),
    ("ab_tracking_and_court",
     r"\b(he|she|hes|shes|he has|partner|husband|boyfriend|my ex)( \S+){0,2} (installed|put|added|"
     r"downloaded) (an |a |the )?(app|tracker|tracking app|spy app|spyware)( \S+){0,6} (where i am|"
     r"my location|tracks me|track me|my messages|everything i)\b"
     r"|\b(hes|he is|hell|he will|he s|shes|she will|he keeps|threatening to|threatens to"
     r"|says hell|"
     r"said hed|going to) (tell|show|convince) (the court|a judge|the judge|social services|the "
     r"social|everyone) (that )?(im|i am|i m) (mentally ill|mental|crazy|mad|unfit|insane|a bad "
     r"mum|a danger)\b"),
    ("ab_body_and_phone",
     r"\b(hid|hidden|hides|threw away|thrown away|flushed|binned) my (contraception"
     r"|pill|"
     r"pills|contraceptive|contraceptive pill|condoms|implant)\b(?!( \S+){0,4} (by accident|"
     r"accidentally|lol)\b)"
     r"|\bwants me pregnant (again )?so i (cant|can not|wont|cannot) (leave|go)\b"
     r"|\b(hell|he will|hed|he would|hes going to|said hed|says hell)( \S+){0,2} (put|send) me in "
     r"(hospital|the hospital|a wheelchair|the ground|a box)\b"
     r"|\b(wake|woke|waking) up with (bruises|marks|injuries)\b( \S+){0,6} (dont|cant|do not|can "
     r"not) remember\b"
     r"|\b(cut|cuts|cutting) me off from (all )?(my )?(friends|family|everyone|my mum|my sister)\b"
     r"|\b(makes|made|make|making) me (hand|give|show) (him|her) my (phone|messages|bank|texts)\b"),
    ("ab_hiding_from_him",
     r"\b(scared|terrified|afraid|frightened) (that )?(hell|he will|he ll|he might|hes going to|he "
     r"is going to) (find|track down) (us|me)\b"
     r"|\b(hiding|hidden|staying hidden) from (him|my ex|my partner|my husband|my boyfriend)\b"),
    ("ab_sectioned_and_food",
     r"\b(have me|get me|getting me) (sectioned|committed|locked up)\b"
     r"|\b(throws|threw|bins|binned) my food\b"
     r"|\b(he|she|partner|husband|boyfriend|my ex)( s|s| has)? (put|sent) me in (hospital|a&e|the "
     r"hospital)\b"),
    ("ab_held_under",
     r"\b(he|she|partner|husband|boyfriend|my ex)( \S+){0,3} (pushed|held|forced|shoved) my (head|"
     r"face) (under|into) (the )?(bath ?water|water|bath|sink|pillow|toilet)\b"),
    ("ab_beg_for_money",
     r"\b(makes|made|make|making) me (beg|ask|plead) (him |her )?(for )?(money|cash|nappies|food|"
     r"formula)\b"),
    ("ab_follows_me",
     r"\b(he|she|my ex|partner|husband|boyfriend)( \S+){0,2} (follows|followed|following) me (to "
     r"work|everywhere|to the shops|home|around)\b(?!( \S+){0,4} (lol|haha|like a puppy)\b)"
     r"|\b(he|my ex|partner|husband|boyfriend)( \S+){0,2} (watches|watched|watching) me through "
     r"(the|my) (window|windows|door)\b"),
    ("ab_baby_taken",
     r"\b(take|taking|took|takes) (\S+ ){0,2}(the baby|my baby|our baby|the kids|her|him|them|my "
     r"son|my daughter) (back )?(abroad|out of the country|to (his|her|their) (home )?country|"
     r"back home to|back to (his|her|their) (country|family)|where ill never)\b"
     r"|\b(ill|i will|youll|you will|i ll|you ll|i wont|i will not|you wont) (never|ever) (ever )?"
     r"(see|find|get) (\S+ ){0,2}(her|him|them|the baby|my baby|the kids|my son|my daughter|our "
     r"baby) (again|back)\b"
     r"|\b(ill|i will|youll|you will|i ll|you ll) never (see|find|get back) (\S+ ){0,2}(her|him|"
     r"them|the baby|my baby|the kids|my son|my daughter|our baby)( again)?\b"
     r"|\b(to|back to) (his|her|their) (mums|dads|familys|family s|parents|home|own) country\b"
     r"|\b(use|using|show|showing) (it|them|this|that|those|the (video|videos|recording|"
     r"recordings|photos|messages)) (\S+ ){0,3}(to )?(get|take|win) (full |sole )?custody\b"
     r"|\b(recorded|recording|recordings|records|filmed|filming|films|videoed|videos|video|clips|"
     r"photos) (of )?(me|of me)\b( \S+){0,15} "
     r"(court|custody|social services|the social|police|prove (im|i am)|taken (off|from|away from) "
     r"me|take (the baby|her|him|"
     r"them))\b"
     r"|(?<!theyll )(?<!they ll )(?<!worried )\b(prove|proving|show|tell (everyone|the court"
     r"|social services)) (that )?(im|i am|i m) "
     r"(mental|crazy|mad|unfit|insane|a bad mum|an unfit|a bad mother)\b"
     r"|\b(says|said|threatens|threatened|keeps saying|tells me|told me|swears) (\S+ ){0,6}"
     r"(get|take|have|win|going for|go for|fight for|apply for) (full |sole )?custody\b"),
    ("ab_fleeing",
     r"\b(need|have|got|want|going) to (get out|leave|escape|flee|get away|run) (\S+ ){0,3}"
     r"(tonight|right now|now|before (he|she) (gets|comes) (home|back))\b( \S+){0,12} (where (do|"
     r"can|should|would) (i|we) go|no money|no car|nowhere|somewhere safe|safe place|refuge|"
     r"before (he|she))\b"
     r"|\b(where|somewhere) (\S+ ){0,4}(go|stay|sleep) (\S+ ){0,6}(with a baby and|with the baby "
     r"and|with the kids and|with my baby and) (no money|no car|nothing|nowhere)\b"
     r"|\bneed (somewhere|a place) safe (to go|to stay|for (me|us) and)\b"),
    ("ab_take_baby_threat",
     r"\b(social services|the social|custody|courts|court) (\S+ ){0,3}(take|taking|took) "
     r"(her|him|the baby|my baby|them|the kids) (away )?(from me|off me|$)"
     r"(?! (if (i|we) (dont|do not) get help|for a check))"
     r"|\b(get|make|have|call|ring) (\S+ ){0,2}social services (to )?(take|on me|involved)"),
]

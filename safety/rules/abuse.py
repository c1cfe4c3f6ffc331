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

    # A friend's relationship, asked about, is not a disclosure.
    r"\b(friend|friends|colleague|neighbour|cousin|mate|someone|somebody|a woman|a mum)( \S+){0,3}"
    r" (is |s |was |might be |could be |may be )?in (a|an) (controlling|abusive|violent|coercive) "
    r"(relationship|marriage)\b",
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
     r"|\b(account for|justify|explain) every (penny|pound|cent|dollar|thing i buy|purchase|minute|"
     r"hour|second|place i go)\b"
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
     r"|\b(hell|he will|hed|he would) make sure i (never|dont|do not|wont) (get to )?(see|get|"
     r"have) (the kids|the baby|my baby|my kids|my son|my daughter|her|him|them)\b"),
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

# Coercive control described without its words (b_crisis training part): who holds the money,
# the phone and the keys, who may be seen, when the parent may go out, and what the parent
# does because of his temper. "He" is the usual subject; a partner named by role also counts.
_HE = r"(he|hes|he s|husband|my husband|partner|my partner|boyfriend|my boyfriend|fiance|my ex)"
_JOKE_AFTER = r"(?!( \S+){0,10} (lol|haha|hehe|lmao|jk|joking|kidding)\b)"

ABUSE_RULES += [
    # Fear of his temper: afraid to ask him for money, hiding with the baby until he sleeps,
    # walking on eggshells, "or he goes silent for days and then explodes", "i made him do it".
    ("ab_his_temper",
     r"\b(scared|afraid|frightened|terrified|petrified|nervous|dread|dreading|darent|dont dare) "
     r"(to |of )?(ask|asking|tell|telling|mention|mentioning|disagree|disagreeing|argue|arguing|"
     r"upset|upsetting|annoy|annoying|answer back|say no|refuse|refusing) (him|my husband|my "
     r"partner|my boyfriend|my fiance)\b( \S+){0,12} (angry|mad|temper|explode|explodes|lose it|"
     r"loses it|goes mental|shouts|go without|punish|punishes|silent)\b"
     r"|\b(scared|afraid|frightened|terrified|nervous) to ask (him|my husband|my partner|my "
     r"boyfriend|my fiance|your husband|your partner) for (money|cash|anything|food|nappies|"
     r"formula)\b"
     r"|\b" + _HE + r"( \S+){0,2} (gets|goes|get|got|will get|can get) (so |really |very |"
     r"extremely )?(angry|mad|nasty|scary|aggressive)( \S+){0,10} (go without|hide|hiding|hid|"
     r"walk on eggshells|tiptoe|keep quiet|stay out of (his|the) way|lock myself|scared|"
     r"terrified|afraid)\b" + _JOKE_AFTER
     + r"|\b(walk|walking|walked|tiptoe|tiptoeing) (on|around|round) (eggshells|egg shells)"
     r"( around| round)? (him|my husband|my partner|my boyfriend|at home|in my own home|when "
     r"hes)\b"
     r"|\b(or|otherwise|else) (he|she) (goes silent for|explodes|will explode|takes it out on "
     r"me|punishes me|loses his temper|goes into a rage|rages)\b"
     r"|\b(says|said|tells me|told me|keeps saying|claims|claimed|blames me|blamed me)( \S+)"
     r"{0,2} (that )?i (made|make|forced|pushed) (him|her) (do it|do that|hit|hurt|lose|angry|"
     r"react|snap|lash out|push|grab|do this|like this)\b"
     r"|\b(its|it was|it is) my (own )?fault (he|that he) (hit|hits|hurt|hurts|pushed|pushes|"
     r"punched|slapped|grabbed|shoved|threw|kicked|strangled|choked|lost|loses|gets angry)\b"),
    # Watched and checked: photos of where I am, knowing where I am at all times, a ring if I
    # don't answer, going through my bag or call log, deleting family, passwords.
    ("ab_checked_on",
     r"\b(makes|made|make|making|forces|forced) me (send|share|show|text|tell|prove|ring|call|"
     r"facetime|video call) (him |her )?(\S+ ){0,2}(photo|photos|picture|pictures|selfie|"
     r"selfies|proof|my location|location|where i am|who i)\b"
     r"|\b(needs|need|wants|has|insists on|demands|demanding|has to) (to )?know where i am (at "
     r"all times|every|all the time|24 7|constantly)\b"
     r"|\bif i (dont|do not|didnt) (reply|answer|respond|pick up|text back|call back)( \S+){0,6}"
     r" (he|she) (rings|calls|phones|texts|goes mad|turns up|comes|explodes|accuses)\b"
     r"|\b" + _HE + r"( \S+){0,3} (checks|check|checking|checked|goes through|go through|going "
     r"through|went through|reads|read|reading|looks through|looked through|searches|searched) "
     r"(all )?(of )?my (call log|call logs|call history|browser|search history|internet history|"
     r"whatsapp|emails|dms|bag|bags|purse|handbag|pockets|wallet|drawers|things|stuff)\b"
     r"(?!( \S+){0,10} (toddler|lol|haha|months old|year old|years old)\b)"
     r"|\b(made|makes|make|making|forced|forces) me (delete|block|unfriend|unfollow|remove|cut "
     r"off|stop seeing|stop talking to|stop speaking to|stop contacting|give up) (\S+ ){0,3}"
     r"(friends|friend|family|mum|mom|dad|sister|sisters|brother|number|numbers|contacts|"
     r"account|accounts|facebook|instagram|social media|job|work)\b"
     r"|\b(demands|demanded|took|takes|changed|changes|controls|keeps) (the |all )?(of )?(my )?"
     r"(passwords|password|passcodes|passcode|pin|pins|logins|login)\b"
     r"|\b(has|knows|got) (the |all )?(of )?(my )?(passwords|logins|pins) (to|for) (all )?(of )?"
     r"my\b"
     r"|\bif (he|she) (thinks|suspects|finds out|catches me) (that )?(i|ive|i have|im|i am|i was|"
     r"id|i had) (been )?(talking|speaking|texting|messaging|seeing|flirting|cheating|looking "
     r"at)( to| with)? (someone|anyone|another|other|a man|men|my ex|a guy)\b"
     r"|\bmaking sure i (dont|do not|cant|can not|wont|never|didnt) (go anywhere|leave|get out|"
     r"escape|run|go out|see anyone|talk to anyone|call anyone)\b(?! (the|her|him|it))"
     r"|\b" + _HE + r"( \S+){0,2} (was |is )?(standing|stood|sat|sitting) over (me|the bed|my "
     r"bed) (watching|staring at) me\b"),
    # Where and when the parent may go, and what she may touch or open.
    ("ab_allowed_only",
     r"\b(he|she|partner|husband|boyfriend|fiance)( \S+){0,2} only (lets|allows|let|allowed) me "
     r"(to )?(see|visit|call|phone|ring|speak to|talk to|go out|go to|leave|text|have|go)\b"
     r"|\b(says|said|tells me|told me|insists|rule is|rules are)( that)?( \S+){0,4} (can|could|"
     r"may|am allowed to|are allowed to) only (go out|leave|leave the house|go anywhere|see (my|"
     r"anyone|friends)|visit)\b"
     r"|\b(im|i am|i m|i was|were|we are|we re) (not |never )?allowed to (open|shower|bath|have a "
     r"bath|lock|shut|close|answer|cook|keep|have my|have friends|have a key|have money|have my "
     r"own|see my|talk to my|speak to my|call my|ring my|text my|visit my|go out|leave the house|"
     r"go anywhere|wear|spend|use the car|use my)\b(?!( \S+){0,8} (doctor|midwife|surgeon|"
     r"consultant|c section|stitches|weeks|hospital|operation|section|nicu|jabs|vaccinations|"
     r"lol|haha)\b)"
     r"|\b(not|never) allowed to (hold|pick up|feed|comfort|touch|go near|cuddle|see) (\S+ )"
     r"{0,3}(unless|until|without|when|if) (he|hes|him|his|my (husband|partner|boyfriend))\b"
     r"|\b(wont|will not|doesnt|does not|never) let me (\S+ ){0,5}(if|unless|until) i (ve |have "
     r")?(upset|annoyed|angered|apologise|apologised|apologize|apologized|beg|begged|do what|say "
     r"sorry|earn)\b"
     r"|\b(makes|made|forces|forced|leaves|left|locks|locked|sends|sent|puts|put) me (\S+ ){0,6}"
     r"(as (a )?punishment|to punish me)\b"),
    # Locked in, barricaded, sleeping behind a chair against the door, ready to run.
    ("ab_barricade_and_escape",
     r"\b(chair|chest of drawers|drawers|wardrobe|dresser|furniture|something heavy|a table|the "
     r"table)( \S+){0,2} (against|under|behind|in front of|wedged under|jammed under) the (door|"
     r"door handle|handle|bedroom door)\b(?!( \S+){0,8} (toddler|dog|cat|puppy|draught|wind|"
     r"draft|lol|haha|escape artist)\b)"
     r"|\b(locked|lock|locking|barricaded|barricade) (myself|ourselves|me and the baby|us|myself "
     r"and the baby|the baby and me|me and my baby|me and the kids) in (the|my|our|her|his|a) "
     r"(bedroom|bathroom|room|nursery|babys room|toilet|car)\b( \S+){0,10} (from him|away from "
     r"him|because (he|hes)|cos (he|hes)|until (he|hes)|when (he|hes)|scared|afraid|terrified|"
     r"frightened|shouting|banging|drunk|raging)\b"
     r"|\bin case i (ever )?(need to |have to |must |got to |decide to )?(get out|escape|flee|"
     r"run|run away|leave him|leave quickly|leave in a hurry)\b(?! (of|out|to|for|errands))"
     r"|\b(a|the|womens|women s|local|nearest) refuge\b"
     r"|\b(hid|hidden|hide|hiding|stashed|stash|saving|saved|put) (\S+ ){0,3}(money|cash|pounds|"
     r"a bag|bag|clothes|documents|passport|passports)( \S+){0,8} (without (him|my husband|my "
     r"partner) knowing|so (he|that he) (doesnt|does not|wont|cant|never) (know|find|see))\b"
     r"|\b(staying|stayed|sleeping|slept|living) (at|with|in) (a friends|my friends|my mums|my "
     r"sisters|my parents|a friend|my mum|my sister|a hotel|my car|the car)( \S+){0,6} (because|"
     r"cos|since|after) " + _HE + r"( \S+){0,8} (hit|hurt|threatened|punched|pushed|smashed|"
     r"fist|attacked|strangled|choked|grabbed|kicked|threw|broke|scared|said hed|says hell|"
     r"drunk)\b"),
    # Violence near her: a fist through the door, things punched when she disagrees, hair
    # pulled, "the baby wasn't in it but it could have been".
    ("ab_violence_near",
     r"\b(put|puts|putting|punched|punches|smashed|smashes|kicked|kicks|rammed) (his|her|a) "
     r"(fist|fists|foot|hand|head|elbow) through (the|a|my|our) (door|doors|wall|walls|window|"
     r"windows|tv|cupboard|wardrobe)\b"
     r"|\b(punches|punched|punching|smashes|smashed|smashing|kicks|kicked|breaks|broke|throws|"
     r"threw|hits|hit|slams|slammed|bangs|banged) (things|stuff|walls|doors|the furniture|"
     r"furniture|objects|the walls|the doors)( \S+){0,3} (whenever|when|every time|if) i\b"
     r"|\b(whenever|when|every time|if) i (disagree|argue|say no|stand up|answer back|question "
     r"(him|her)|complain)( \S+){0,6} (he|she) (punches|smashes|hits|throws|breaks|kicks|slams|"
     r"grabs|pushes|shoves)\b"
     r"|\b(wasnt|was not) in it\b( \S+){0,3} (but )?(it )?could have been\b"
     r"|\b" + _HE + r"( \S+){0,3} (pulled|pulls|pulling|yanked|yanks|dragged|drags|grabbed|"
     r"grabs) (me by )?(my|the) (hair|ponytail)\b( \S+){0,4} (so hard|out|clumps|chunks|came "
     r"out|across|down|along|through)\b(?!( \S+){0,6} (lol|haha|teeth|teething|feed|feeding|"
     r"tiny|little|grip)\b)"),
    # Threats that hang on the parent's life with the baby: "leave me and take the kids",
    # "won't bring her back", "smash my phone if i go", a knife "in case i do something",
    # "he'll tell the court i'm on drugs", "he'll come and get us".
    ("ab_threat_described",
     r"\b(leave|dump|kick) (me|us) (out )?and take (the kids|the baby|my baby|our baby|my kids|"
     r"the children|my son|my daughter|her|him|them)\b"
     r"|\b(every time|whenever|if|when) i( \S+){0,8} (he|she) (says|said|threatens|threatened|"
     r"screams|shouts) (that )?(hell|he will|hed|he would|shell|she will|hes going to) (leave me|"
     r"take the (kids|baby|children)|kick me out|throw me out|divorce me|have me sectioned|take "
     r"(her|him|them)|smash|break|hurt|kill|hit)\b"
     r"|\bif i (\S+ ){0,8}(hell|he will|hed|he would|shell|she will|hes going to|hes gonna) "
     r"(smash|break|destroy|burn|bin|throw away|cut up|rip up) my\b"
     r"|\b(if i|next time|or else|or)( \S+){0,6} (he|she|hell|he will|they)( \S+){0,1} (wont|"
     r"will not|never|not) (bring|give) (her|him|them|the baby|my baby|the kids) back\b"
     r"|\b(takes|took|taking) (the baby|her|him|my baby|the kids)( \S+){0,4} (and )?(wont|will "
     r"not|doesnt|does not|refuses to) (tell me|say) where\b"
     r"|\b(knife|knives|gun|weapon|hammer|axe|machete|bat|blade)( \S+){0,10} in case i\b"
     r"|\b(sleeps|sleeping|slept|keeps|keeping|started keeping|carries|carrying|hides|hid) "
     r"(with )?(a|the|his) (knife|gun|weapon|machete|blade)( \S+){0,12} (terrified|scared|"
     r"afraid|frightened|for me|threaten\S*)\b"
     r"|\b(court|judge|social services|the social|the police|custody|solicitor)( \S+){0,8} (say|"
     r"claim|tell (them|everyone|the court|the judge)|prove|convince) (that )?(im|i am|i m|i was) "
     r"(on drugs|taking drugs|a drug addict|an addict|a drunk|an alcoholic|drunk|mental|mentally "
     r"ill|crazy|mad|unfit|a bad mum|a bad mother|neglecting|dangerous|abusive|violent|a liar)\b"
     r"|\b(hell|he will|hed|he would|hes going to|she will|shell|theyll|threatens to|threatened "
     r"to|going to) (say|tell (everyone|them|people|the court|social services)|claim) (that )?(im|"
     r"i am|i m) (on drugs|taking drugs|a drug addict|an addict|a drunk|an alcoholic)\b"
     r"|\b(hell|he will|hes going to|he is going to|hed|he would) (come|turn up|come round|come "
     r"over) (and|to) (get|find|take|drag) (us|me|the baby)\b(?! (from|at|after|later|when|in|"
     r"on|up|some|tomorrow))"),
    # Followed, photographed, abandoned; money, food and keys held back.
    ("ab_followed_and_kept_short",
     r"\b(he|she|my ex|partner|husband|boyfriend|ex)( \S+){0,3} (follows|followed|following) "
     r"(me|us) (on|to|from|around|along|into|round) (the|my|our) (school run|shops|shop|nursery|"
     r"walk|walks|way home|park|work|gym)\b" + _JOKE_AFTER
     + r"|\b(sends|sent|sending|texts|texted) me (photos|pictures|videos|pics) of (me|us|my car|"
     r"my house)( \S+){0,6} (taken|from|outside|across|walking|at|without)\b"
     r"|\b(left|dumped|abandoned|kicked|threw|put|made) (me|us|me and the baby) (out )?(\S+ )"
     r"{0,5}(at|on|in) (the |a )?(services|motorway|side of the road|roadside|hard shoulder|"
     r"middle of nowhere|lay by|layby)\b"
     r"|\b(cant|can not|cannot) be trusted with (money|the money|a bank card|cash|my own money|"
     r"a card|the card)\b"
     r"|\b(he|she|husband|partner|boyfriend|fiance)( \S+){0,2} (hides|hid|locks away|locked "
     r"away|rations|withholds|withheld) (the babys|babys|the|my|our|all the|her|his) (formula|"
     r"nappies|food|milk|medication|medicine|money|cash|bottles)\b" + _JOKE_AFTER
     + r"|\b(when|if|until|unless|once) i (do|did) (what|as) (he|she) (wants|says|tells me|"
     r"wanted|said|told me)\b(?!( \S+){0,6} (lol|haha|sleep|sleeps|settle|settles)\b)"
     r"|\bif i (try|tried|attempt|dare)( \S+){0,3} (he|she) (takes|took|hides|hid|locks|locked|"
     r"removes|blocks|smashes|confiscates) (the|my) (keys|car keys|pram|buggy|pushchair|phone|"
     r"purse|cards|money|wheels|passport|shoes|door|front door)\b"
     r"|\b(he|she|husband|partner|boyfriend)( \S+){0,2} (takes|took|hides|hid|taken|removes|"
     r"removed|confiscates|confiscated) (the |my )?(pram|buggy|pushchair|car|house|front door|"
     r"door) keys\b"),
    # Sex he insists on: carrying on after "no", sex to keep the peace, "he's entitled to it".
    ("ab_sex_insisted",
     r"\b(carried on|kept going|did it anyway|didnt stop|wouldnt stop|doesnt stop|wont stop)"
     r"( \S+){0,4} (when|even though|after|although) i (said|say|told him|was saying|kept saying)"
     r" (no|stop)\b"
     r"|\b(have|had|having) sex (with him )?(just |only )?(to|so) (keep (him|the peace)|stop "
     r"him|he doesnt|he wont|avoid)\b"
     r"|\b(sex|sleep with him)( \S+){0,4} or (else )?(hell|he will|he gets|he goes|he wont)\b"
     r"|\b(owe|owed|owes|entitled to|deserves) (him )?(sex|my body)\b"
     r"|\b(my|a wifes|wifely) (duty|job) (as (his|a) (wife|partner|girlfriend) )?to (sleep with|"
     r"have sex|please him|satisfy him)\b"),
]

ABUSE_RULES += [
    # Money held back: receipts shown to him, wages paid into his account, asking him every
    # time, "goes crazy if i buy anything", everything I spend monitored.
    ("ab_money_watched",
     r"\b(have to|had to|must|makes me|made me|make me|got to|need to) (show|give|hand|send) "
     r"(him|her) (the |all the |all my |my |every )?(receipts|bank statements)\b"
     r"|\b(have to|had to|must|got to|need to) ask (him|her|them|my husband|my partner) (every "
     r"time|each time|whenever) i (need|want) (money|to buy|to spend|anything|cash)\b"
     r"|\b(wages|salary|maternity pay|child benefit|benefits|pay|money) (go|goes|went|gets paid|"
     r"paid) (straight |directly )?(into|to) his (account|bank)\b( \S+){0,6} (i get nothing|i "
     r"have nothing|i never see|i dont see|i cant touch|i have no access)\b"
     r"|\b(puts|put|keeps|kept|has|had) me on (an |a )?(allowance|pocket money)\b"
     r"|\b(monitors|checks|tracks|controls) (everything|every penny|every pound|all) (i spend|"
     r"i buy)\b"
     r"|\b(goes|gets|went|got|go) (crazy|mad|mental|ballistic|nuts|berserk) (at me )?(if|when|"
     r"whenever|because|cos) i (buy|bought|spend|spent|went|go|see|saw|visited|talk|talked|"
     r"spoke|wear|wore|rang|called|met)\b( \S+){0,4} (my|a|for myself|anything|without)\b"
     + _JOKE_AFTER),
    # Cut off from family and friends because he says so; locked in with the key taken.
    ("ab_cut_off",
     r"\b(havent|have not|not|never|cant|can not|dont) (seen|see|been able to see|spoken to|"
     r"talked to) (my|any of my) (family|friends|mum|parents|sister|sisters|mates)( \S+){0,8} "
     r"(because|cos|since|as) (he|my husband|my partner|my boyfriend) (doesnt|does not|wont|"
     r"will not|dont) (like|let|allow|approve)\b"
     r"|\b(he|she|husband|partner|boyfriend) (says|said|told me|tells me|decided|has decided)"
     r"( \S+){0,8} (i )?(cant|can not|cannot|am not allowed to|not allowed to|shouldnt) (see|"
     r"visit|talk to|speak to|call|contact|go to) (them|my friends|my family|my mum|my sister|"
     r"anyone|my parents|my mates)\b"
     r"|\b(locks|locked|locking|lock) (the |our |my )?(front |back )?(door|doors|flat|house)"
     r"( \S+){0,4} (takes|took|taking|keeps|kept|has|with) (the |my |all the )?(key|keys)\b"
     r"( \S+){0,4} (when|whenever|before|so) (he|hes|i|we)\b"
     r"|\b(decides|decided|controls|dictates|chooses) (when|where|who|how much|how often) i "
     r"(can |am allowed to |may )?(feed|hold|see|go|leave|eat|sleep|spend|buy|have|visit)\b"),
    # Hiding from his drinking or temper; afraid for one's safety.
    ("ab_hiding_from_temper",
     r"\b(sleep|sleeping|slept|hide|hiding|hid|stay|staying)( \S+){0,6} (with the door locked|"
     r"behind a locked door|with a chair)( \S+){0,4} (when|whenever|because|cos|until) (he|hes|"
     r"he is|my husband|my partner)\b"
     r"|\b(when|whenever|every time|if) (hes|he is|he gets|he comes home|he s) (drunk|angry|in "
     r"a mood|in one of his moods)( \S+){0,10} (hide|hiding|lock|locked|scared|terrified|"
     r"afraid|smash|smashes|hits|throws|grabs|shouts at me)\b"
     r"|\b(his|her|partners|husbands) (temper|anger|rages|moods|drinking|violence|outbursts)"
     r"\b(?! tantrum)( \S+){0,8} (scared|afraid|terrified|frightened|worried) (for|of) (me|us|"
     r"the baby|my|myself|our)\b"
     r"|\b(scared|afraid|terrified|frightened|fear|fearing) (for|of) (me and the baby|my "
     r"safety|our safety|myself and the baby|our lives|my life)\b"
     r"|\b(sleep|sleeping|slept|staying|stayed|living|hiding|hid) (\S+ ){0,6}(to get away|to "
     r"escape|to hide) from (him|my husband|my partner|my boyfriend|my ex)\b"
     r"|\b(drunk|rage|raging|temper)( \S+){0,6} (smash|smashing|smashes|smashed|punching|"
     r"punches|punched) (things|stuff|plates|furniture|the house|doors|walls)\b"),
]

ABUSE_RULES += [
    # Secrecy and gaslighting: "don't text back, he reads everything on my phone", "he'd go mad
    # if he knew i was messaging you", things moved "and he says i did it", "no one else would
    # put up with me", "what he's like behind closed doors", cover stories for bruises.
    ("ab_secrecy_and_gaslighting",
     r"\b(if|when) (he|she|my husband|my partner) (knew|knows|found out|finds out|saw|sees) (that "
     r")?(i was|im|i am|i have been|ive been) (messaging|talking to|texting|writing to|on here|"
     r"asking|telling|speaking to|contacting) (you|this|anyone|someone|a helpline|here|people)\b"
     r"|\b(dont|do not|please dont|please do not) (send|text|reply|message|write|call|ring) "
     r"(anything |me )?back\b( \S+){0,6} (he|my husband|my partner|my boyfriend) (reads|checks|"
     r"sees|will see|looks at|goes through|monitors)\b"
     r"|\b(reads|checks|goes through|looks at|sees|monitors) (everything|all) (on|in) my (phone|"
     r"laptop|messages)\b"
     r"|\b(moves|moved|hides|hid|hiding) (\S+ ){0,3}(things|stuff|my things|my stuff|my keys)"
     r"( \S+){0,6} (says|said|tells me|told me|insists|makes out) (that )?i (did|moved|lost|hid|"
     r"forgot)\b"
     r"|\b(he|husband|partner|boyfriend)( \S+){0,2} makes me (feel like|think|believe) (im|i am|"
     r"i m) (going mad|crazy|mad|losing my mind|imagining)\b" + _JOKE_AFTER
     + r"|\b(tells me|told me|says|said|keeps telling me|keeps saying)( that)? (no one|nobody|"
     r"noone) (else )?(would|will|could) (ever )?(want|put up with|love|have|take) (me|you)\b"
     r"|\bwhat (hes|he is|he s|she is|shes|my husband is|my partner is) (really )?like behind "
     r"closed doors\b"
     r"|\b(no one|nobody|noone|people|my family|my mum|my friends) (\S+ ){0,2}(knows|know|sees|"
     r"see|saw) (what|how) (hes|he is|he s|he can be) (really )?like (at home|when no ones|when "
     r"nobody)\b"
     r"|\b(bruises|bruise|marks|black eye|split lip|cut lip|scratches)( \S+){0,8} (tell|told|"
     r"say|said|pretend|pretended) (people|everyone|them|my mum|my family|the midwife|the health "
     r"visitor|the gp|the doctor)( that)? (its|it was|they are|theyre|they were) (from|because "
     r"of) (the baby|the kids|my toddler|the cot|the door|a fall|falling)\b"),
    # Rules at home and jealousy: "have dinner ready the second he walks in", not allowed out
    # since the baby, listening at the door, jealous if i look at my phone, "one wrong word
    # and he explodes", keeping out of his way when he drinks, the bathroom door removed.
    ("ab_house_rules",
     r"\b(have to|has to|must|got to) (be|have|get) (\S+ ){0,4}(when|the second|the minute|the "
     r"moment|before) (he|hes|he s) (says|tells me|walks in|walks through the door|wants)\b"
     r"|\b(havent|have not|hasnt|not|never) been (allowed|permitted|let) (out|to go out|to leave|"
     r"to see|to go anywhere|to drive)\b(?!( \S+){0,8} (doctor|midwife|section|stitches|weeks|"
     r"hospital|jabs|vaccinations|surgery)\b)"
     r"|\b(he|husband|partner|boyfriend)( \S+){0,2} (listens in|listens at the door|listening at "
     r"the door|listens to my (calls|phone calls|conversations)|listening to my (calls|phone "
     r"calls|conversations)|records my (calls|conversations))\b"
     r"|\b(husband|partner|boyfriend|fiance|he)( \S+){0,2} (gets|goes|got|is|becomes) (so |really "
     r"|very |insanely |crazy )?(jealous|possessive|suspicious) (if|when|whenever|every time) i "
     r"(even )?(look at|talk to|speak to|text|message|smile at|mention|use) (my phone|anyone|"
     r"other|another|a man|men|my friends|friends|my ex|male|any)\b"
     r"|\b(one|a) wrong (word|move|look|thing)( \S+){0,3} (and|then) (he|she) (explodes|kicks "
     r"off|loses it|goes mad|flips|hits|snaps)\b"
     r"|\b(walking|walk|tiptoeing) on (eggshells|egg shells)\b( \S+){0,10} (he|his|him)\b"
     r"|\b(drinks|drinking|drunk|temper|angry|moods|mood)( \S+){0,10} (keep|stay|keeping|"
     r"staying|kept|stayed) (out of|clear of) (his|her) way\b"
     r"|\b(not|isnt) (a )?(nice|good|kind) (man|person|bloke|guy) when (he|hes|he s) (drinks|"
     r"drunk|drinking|angry|had a drink|been drinking)\b"
     r"|\b(took|takes|taken|removed|removes) (the )?(door|lock|locks|doors) (off )?(the )?"
     r"(bathroom|bedroom|toilet)?( \S+){0,4} (so (i|that i) (cant|can not|have no)|privacy)\b"),
    # Threats and harassment: "he'll hunt me down", threats sent to me, "when he finds us",
    # drunk at the door, shouting in my face until i cry, sex or else.
    ("ab_hunted_and_harassed",
     r"\b(hell|he will|hed|he would|hes going to|says hell|said hed|threatens to|threatened to|"
     r"swears hell|swore hed)( \S+){0,2} (hunt|track) (me|us) down\b"
     r"|\b(sends|sent|sending|texts|texted|messages|messaged|leaves|left) me (\S+ ){0,2}(threats|"
     r"threatening (messages|texts|voicemails|calls)|death threats)\b"
     r"|\bwhen (he|she|they) (finds|find|catches|catch|gets hold of|tracks down) (us|me)\b"
     + _JOKE_AFTER
     + r"|\b(drunk|angry|raging|screaming|shouting)( \S+){0,4} (banging|hammering|pounding|"
     r"kicking) (on |at )?(the |my |our )?(door|doors|window|windows)\b"
     r"|\b(babys dad|baby daddy|babys father|bd|the babys dad)( \S+){0,3} (turning up|turns up|"
     r"showing up|shows up|keeps coming|comes round)( \S+){0,6} (drunk|at night|banging|"
     r"screaming|shouting|threatening|uninvited)\b"
     r"|\b(shouts|shouted|shouting|screams|screamed|screaming|yells|yelled|yelling) (in|into|"
     r"right in) my face (until|till) i (cry|cried|shake|shook|am crying|was crying)\b"
     r"|\b(husband|partner|boyfriend|my ex|fiance)( \S+){0,3} (shouts|shouted|shouting|screams|"
     r"screamed|screaming|yells|yelled|yelling) (in|into|right in) my face\b"
     r"|\bif i (dont|do not|wont|refuse to|didnt) (have sex|sleep with (him|her))\b"
     r"|\b(need|want|looking for|find) (a |somewhere )?(safe place|safe house|somewhere safe|"
     r"place of safety)( \S+){0,6} (tonight|now|with (my|the) baby|for (me|us))\b"),
]

ABUSE_RULES += [
    # Debts in her name, money spent while the baby goes without, names, a pet hurt to scare
    # her, the baby not given back, forbidden to work, afraid he'll find out she is here.
    ("ab_debts_names_and_pets",
     r"\b(took out|takes out|taken out|opened|put|running up|ran up) (\S+ ){0,3}(loan|loans|"
     r"credit card|credit cards|debt|debts|a phone contract|finance|catalogues) (in|under) my "
     r"name\b"
     r"|\b(spends|spent|spending|drinks|drank|gambles|gambled) (all )?(the|our|my|his) (money|"
     r"wages|benefits|child benefit)( \S+){0,8} (nothing|no money|cant afford|cant buy|none "
     r"left) (for )?(formula|nappies|food|the baby|milk)\b"
     r"|\b" + _HE + r"( \S+){0,2} (calls|called|calling) me (a )?(fat|ugly|stupid|useless|"
     r"worthless|disgusting|pathetic|psycho|slag|whore|bitch|cow|fat cow|failure)\b"
     + _JOKE_AFTER
     + r"|\b(hurt|kicked|hit|killed|threw|strangled|drowned) (the|our|my) (dog|cat|puppy|"
     r"kitten|pet|rabbit)( \S+){0,6} (to (scare|punish|warn|show|hurt) me|because (of )?me|if "
     r"i|as a warning)\b"
     r"|\b(refuses|refused|refusing) to (give|bring|hand) (her|him|them|the baby|my baby|the "
     r"kids) back\b"
     r"|\b(he|husband|partner|boyfriend) (says|said|told me|decided|has decided)( \S+){0,3} (im "
     r"not allowed|i am not allowed|i cant|i can not|i cannot) (to )?(go back to work|return to "
     r"work|get a job|work|have a job)\b"
     r"|\b(scared|afraid|terrified|worried|frightened) (that )?(he|my husband|my partner|my "
     r"boyfriend)( will| ll|ll| might| is going to|s going to)? (find out|see) (that )?(im|i am|i "
     r"was|i have been|ive been) (here|talking|messaging|asking|writing|on here)\b"),
]

ABUSE_RULES += [
    # The baby monitor used on her, kept short of money, stopped from comforting the baby,
    # threatened with homelessness.
    ("ab_monitor_and_homeless",
     r"\b(uses|using|used|listens to|watches) (the )?(baby monitor|monitor|camera|nanny cam|"
     r"doorbell|ring doorbell)( \S+){0,3} to (spy on|check on|watch|listen to|keep tabs on|"
     r"monitor) me\b"
     r"|\bkeeps me short of (money|cash)\b"
     r"|\b(he|husband|partner|boyfriend)( \S+){0,2} (stops|stopped|stopping|prevents|prevented) "
     r"me (from )?(feeding|picking up|comforting|going to) (the baby|her|him|my baby|our "
     r"baby)\b(?!( \S+){0,6} (lol|haha|so i can|so that i can|while i|rest|sleep|nap|shower)\b)"
     r"|\b(says|said|threatens|threatened|tells me|told me)( \S+){0,6} (ill|i will|well|we will|"
     r"we ll|i ll|the baby and i will) (be|end up) (homeless|on the street|on the streets)\b"),
]

# A parent or sister writing about a daughter's or sister's partner (a friend's situation
# stays a question, see ABUSE_IDIOMS).
_HER_MAN = (
    r"(he|her husband|her boyfriend|her partner|her ex|son in law|my son in law|daughters "
    r"boyfriend|daughters husband|daughters partner|sisters husband|sisters boyfriend|sisters "
    r"partner|nieces boyfriend|nieces husband|nieces partner)"
)
_SHE_WHO = r"(she|my daughter|my sister|my niece|my daughter in law)"

ABUSE_RULES += [
    ("ab_reported_by_family",
     r"\b" + _HER_MAN + r"( \S+){0,2} (takes|took|controls|keeps|has|hides|hid) (all )?(of )?her"
     r" (money|wages|bank card|card|cards|benefits|passport|keys|car keys|phone)\b"
     r"|\b" + _HER_MAN + r"( \S+){0,2} (checks|reads|goes through|tracks|monitors) her (phone|"
     r"messages|texts|location|emails)\b"
     r"|\b" + _HER_MAN + r"( \S+){0,2} (locks|locked) her (in|out)\b"
     r"|\b(wont|will not|doesnt|does not|never) let (her|my daughter|my sister|my niece|my "
     r"daughter in law) (see|visit|call|talk to|speak to) (us|me|her family|her friends|her mum|"
     r"her parents|anyone)\b"
     r"|\b(wont|will not|doesnt|does not|never) let (my daughter|my sister|my niece|my daughter "
     r"in law|her) (leave|go out|out of) (the house|the flat|on her own|alone)?\b(?!( \S+){0,4} "
     r"(sight|lol|haha)\b)"
     r"|\b" + _HER_MAN + r"( \S+){0,2} (makes|made|forces|forced) her (sleep|ask|beg|hand|stay|"
     r"sit|kneel)\b"
     r"|\b" + _SHE_WHO + r" (isnt|is not|not|is never) allowed to (see|visit|call|talk to|speak "
     r"to|go out|leave) (us|me|her family|her friends|her mum|her parents|anyone|the house)\b"
     r"|\b" + _SHE_WHO + r" (has to|must|have to) ask (him|her husband|her boyfriend|her "
     r"partner) for (money|nappies|food|permission|formula)\b"
     r"|\b(terrified|scared|afraid|frightened|petrified) of (her husband|her boyfriend|her "
     r"partner|her ex)\b"
     r"|\b(black eye|bruises|bruise|split lip|marks)( \S+){0,10} (says|said|told us|told me) "
     r"(that )?(she|she had) (walked into|fell|tripped|slipped|bumped)\b"),
]

ABUSE_RULES += [
    # The shape of control rather than its objects: something done "so i can't" go, call or
    # leave; discrediting her "so they won't believe me"; blame ("if i was a better wife he
    # wouldn't have to shout"); hiding until he comes home; keeping the baby quiet or he loses
    # it; physical when he's had a drink; leaving him with nowhere to go.
    ("ab_so_i_cant",
     r"\b(hid|hides|hidden|hide|locked|locks|lock|turned off|turns off|turn off|switched off|"
     r"switches off|cancelled|cancels|cut off|cuts off|disconnected|disconnects|removed|"
     r"removes|broke|breaks|smashed|smashes|sold|sells|blocked|blocks|confiscated|confiscates|"
     r"take|takes|took|taking|keeps|kept) (?!the car\b)(\S+ ){0,8}so (i|that i|me and the baby|"
     r"we) (cant|can not|cannot|couldnt|could not|have no way to|wont be able to|am not able "
     r"to)( \S+){0,3} (go|leave|call|contact|get|see|use|drive|buy|eat|escape|get out|phone|"
     r"ring|text|talk|reach|afford)\b" + _JOKE_AFTER
     + r"|\b(tells|told|telling|says|said) (his family|everyone|people|the health visitor|my "
     r"family|our friends|the doctor|the gp|social services|the police|his mum) (that )?(im|i "
     r"am|i m) (mentally unstable|unstable|mental|crazy|mad|insane|a psycho|a liar|an unfit|"
     r"unfit|on drugs|an alcoholic|abusive|violent)\b" + _JOKE_AFTER
     + r"|\b(so|because|then) (they|nobody|no one|people|his family|everyone|anyone) (wont|will "
     r"not|wouldnt|would not|doesnt|dont|would never|will never) believe me\b"
     r"|\bif i (was|were) a better (wife|partner|mum|mother|girlfriend)( \S+){0,3} (he|she) "
     r"(wouldnt|would not) (have to|need to)\b"
     r"|\b(hiding|hide|hid|lock myself|locking myself) (\S+ ){0,6}(when|until|before|whenever|"
     r"while) (he|hes|he is|my husband|my partner)( \S+){0,2} (comes home|gets home|gets back|is "
     r"home|is drunk|is angry|leaves|falls asleep)\b" + _JOKE_AFTER
     + r"|\b(keep|keeping) (the baby|her|him|the kids) (quiet|silent)( \S+){0,4} (or|otherwise|"
     r"because|before) (he|hell|he will|he gets|he goes)( \S+){0,1} (lose it|loses it|go mad|"
     r"goes mad|explode|explodes|hit|hits|go mental|goes mental|angry|flip|flips)\b"
     r"|\b(terrible|awful|scary|nasty|violent|horrible|explosive) temper\b( \S+){0,10} (have to|"
     r"scared|afraid|terrified|keep the baby quiet|walk on eggshells|hide|or (he|hell))\b"
     r"|\b(physical|rough|handsy|violent) (when|if|after) (hes|he has|he s|he)( \S+){0,2} "
     r"(drink|drinks|drunk|drinking|angry|mad|cross)\b"
     r"|\b(need|want|have|going|trying) to (leave|get away from|escape) (him|my husband|my "
     r"partner|my boyfriend)( \S+){0,6} (nowhere to go|no where to go|scared|afraid|terrified)\b"),
    # More control: documents kept locked away, the bins searched, photos "so he knows what
    # i'm doing", food rationed, who i may be friends with, driving off with the baby.
    ("ab_more_control",
     r"\b(keeps|kept|locked|locks|hid|hides|hidden|took|takes|has) (\S+ ){0,2}(red book|birth "
     r"certificate|passport|passports|documents)( \S+){0,4} (locked|in his|away|hidden|from "
     r"me|so i)\b"
     r"|\b(goes|go|went|going) through (the|my) (bins|bin|rubbish|receipts|bank statements|"
     r"shopping)( \S+){0,3} (to see|to check|to find)\b"
     r"|\b(have to|must|got to|need to|makes me|made me) (send|text|show|facetime) (him|her) "
     r"(\S+ ){0,4}(photo|photos|picture|pictures|proof|updates|my location)( \S+){0,6} so (he|"
     r"she) (knows|can see|can check|can track) (what|where|who) (i|im|ive)\b"
     r"|\b(rations|rationed|rationing|limits|limited|controls|decides) (how much|what) (food )?"
     r"(i can |i am allowed to |im allowed to )?(eat|have)\b"
     r"|\b(decides|decided|dictates|chooses|controls) (who|which friends) i (can |am allowed to "
     r"|m allowed to )?(be friends with|see|talk to|speak to|text|follow)\b"
     r"|\b(cant|can not|not allowed to|wont let me) (go|see|visit) (\S+ ){0,4}because (he|she) "
     r"(doesnt|does not|dont) (trust|like|approve of) (my|them|her|him)\b"
     r"|\b(drives off|drove off|disappears|disappeared|leaves|left|goes off|went off) (with (the "
     r"baby|her|him|the kids) )?(\S+ ){0,6}(wont|will not|doesnt|refuses to|does not) (tell me|"
     r"say) where\b"),
]

ABUSE_RULES += [
    # Permission and exceptions that run through him: "i have to ask his permission", "not
    # allowed to ... unless he's there", "he won't let me ... without asking", "makes me beg".
    ("ab_through_him",
     r"\b(have to|must|need to|got to|has to) (ask|get|ask for) (his|my husbands|my partners|"
     r"my boyfriends) permission\b(?!( \S+){0,8} (abroad|holiday|passport|travel|out of the "
     r"country)\b)"
     r"|\b(ask|asking|get|getting) (him|my husband|my partner) for permission\b(?!( \S+){0,8} "
     r"(abroad|holiday|passport|travel|out of the country)\b)"
     r"|\b(im|i am|i m|i was|were|we are|we re) not allowed (\S+ ){0,6}(unless|until|without) "
     r"(he|hes|his|him|my husband|my partner|my boyfriend|asking)\b"
     r"|\b(he|husband|partner|boyfriend) (doesnt|does not|wont|will not|never) (let|allow) me "
     r"(to )?(\S+ ){0,6}(unless|without|until) (he|hes|him|his|i ask|i beg|asking|begging)\b"
     r"(?!( \S+){0,6} (lol|haha|coffee|shower|nap|rest)\b)"
     r"|\b(he|husband|partner|boyfriend)( \S+){0,2} (makes|made|forces|forced) me (beg|kneel|"
     r"grovel|apologise|apologize|say sorry)\b"),
]

ABUSE_RULES += [
    # Done to frighten her: shaken, pushed over with the baby, driven fast "to scare me".
    ("ab_to_scare_me",
     r"\b(he|partner|husband|boyfriend|my ex)( \S+){0,2} (shook|shakes|shaking|shake) me\b"
     r"(?! (awake|up))" + _JOKE_AFTER
     + r"|\b(he|husband|partner|boyfriend|my ex)( \S+){0,10} (pushed|shoved|knocked|threw) me "
     r"(over|down|away|to the (floor|ground)|against|into|out of)\b" + _JOKE_AFTER
     + r"|\b(he|husband|partner|boyfriend|my ex)( \S+){0,12} (to|just to) (scare|frighten|"
     r"intimidate|punish) me\b" + _JOKE_AFTER),
]

ABUSE_RULES += [
    # Sex while she cannot say no: passed out, asleep, made to drink.
    ("ab_while_passed_out",
     r"\b(pass|passed|passing) out( \S+){0,3} (does|did|doing|has|had) (things|stuff|sex|his way)"
     r" (to|with) me\b"
     r"|\b(does|did|doing) (things|stuff) to me (while|when) (i|im) (asleep|passed out|"
     r"unconscious|sleeping)\b"),
]

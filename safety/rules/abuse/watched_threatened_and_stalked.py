"""Abuse described without its words (first round): things withheld, watched by a partner,
threats said, at the door, stalked, control described, degraded, things taken, held down.

Borderline: bruises and a black eye from the baby's kicks or headbutts, jabs or forceps are
ordinary.
"""

from safety.rules.family import Examples

RULES: list[tuple[str, str]] = [
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
]

EXAMPLES = Examples(
    must_match=(
        "i have a black eye and told the midwife i walked into a door",
        "my ex messages me 50 times a day and turns up at the nursery",
    ),
    must_not_match=(
        "black eye from the baby headbutting me",
        "covered in bruises from the baby kicking me lol",
    ),
)

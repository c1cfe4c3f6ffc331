"""Money held back, cut off from family, hiding from his temper, secrecy and gaslighting, rules
at home, being hunted down, debts and pets, the monitor used on her, and a relative's report
about a daughter's or sister's partner.

Borderline: a relative's report about a daughter or sister counts; about a friend it stays a
question (abuse idioms); arguments over takeaway spending and the tv remote are ordinary.
"""

from safety.rules.abuse.terms import HE, JOKE_AFTER
from safety.rules.family import Examples

# A parent or sister writing about a daughter's or sister's partner (a friend's situation
# stays a question, see ABUSE_IDIOMS).
_HER_MAN = (
    r"(he|her husband|her boyfriend|her partner|her ex|son in law|my son in law|daughters "
    r"boyfriend|daughters husband|daughters partner|sisters husband|sisters boyfriend|sisters "
    r"partner|nieces boyfriend|nieces husband|nieces partner)"
)

_SHE_WHO = r"(she|my daughter|my sister|my niece|my daughter in law)"

RULES: list[tuple[str, str]] = [
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
     + JOKE_AFTER),
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
     r"i m) (going mad|crazy|mad|losing my mind|imagining)\b" + JOKE_AFTER
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
     + JOKE_AFTER
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
    # Debts in her name, money spent while the baby goes without, names, a pet hurt to scare
    # her, the baby not given back, forbidden to work, afraid he'll find out she is here.
    ("ab_debts_names_and_pets",
     r"\b(took out|takes out|taken out|opened|put|running up|ran up) (\S+ ){0,3}(loan|loans|"
     r"credit card|credit cards|debt|debts|a phone contract|finance|catalogues) (in|under) my "
     r"name\b"
     r"|\b(spends|spent|spending|drinks|drank|gambles|gambled) (all )?(the|our|my|his) (money|"
     r"wages|benefits|child benefit)( \S+){0,8} (nothing|no money|cant afford|cant buy|none "
     r"left) (for )?(formula|nappies|food|the baby|milk)\b"
     r"|\b" + HE + r"( \S+){0,2} (calls|called|calling) me (a )?(fat|ugly|stupid|useless|"
     r"worthless|disgusting|pathetic|psycho|slag|whore|bitch|cow|fat cow|failure)\b"
     + JOKE_AFTER
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

EXAMPLES = Examples(
    must_match=(
        "my boyfriend controls where i go and who i see",
        "my sister's husband takes her phone and won't let her see us since the baby came",
    ),
    must_not_match=(
        "he gets angry when i spend money on takeaways but we're trying to save",
        "my partner controls the tv remote lol",
    ),
)

"""Abuse described without its words (second round): sleep and food kept from her, the house
and cover stories, someone close, money and things, coercion, tracking and court threats, the
body and the phone, hiding from him, held under, begging for money, followed, the baby taken,
fleeing.

Borderline: a partner borrowing her phone, staying in the car so a sleeping baby is not woken
are ordinary.
"""

from safety.rules.family import Examples

RULES: list[tuple[str, str]] = [
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

EXAMPLES = Examples(
    must_match=(
        "he makes me hand him my phone every night so he can check it",
        "he keeps me up all night on purpose so i'm too tired to argue",
    ),
    must_not_match=(
        "he took my phone to call his mum",
        "i'm staying in the car with the baby because she's asleep and i don't want to wake "
        "her going home",
    ),
)

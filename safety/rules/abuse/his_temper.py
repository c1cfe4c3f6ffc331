"""Coercive control described without its words: fear of his temper, being checked on, where
she is allowed to go, barricades and escape plans, violence near her, threats about her life
with the baby, being followed and kept short, sex he insists on.

Borderline: "he" is the usual subject, a partner named by role also counts; a joke after it
("lol") softens it; a proud dad who won't share the baby when his mum visits is ordinary.
"""

from safety.rules.abuse.terms import HE, JOKE_AFTER
from safety.rules.family import Examples

RULES: list[tuple[str, str]] = [
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
     r"|\b" + HE + r"( \S+){0,2} (gets|goes|get|got|will get|can get) (so |really |very |"
     r"extremely )?(angry|mad|nasty|scary|aggressive)( \S+){0,10} (go without|hide|hiding|hid|"
     r"walk on eggshells|tiptoe|keep quiet|stay out of (his|the) way|lock myself|scared|"
     r"terrified|afraid)\b" + JOKE_AFTER
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
     r"|\b" + HE + r"( \S+){0,3} (checks|check|checking|checked|goes through|go through|going "
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
     r"|\b" + HE + r"( \S+){0,2} (was |is )?(standing|stood|sat|sitting) over (me|the bed|my "
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
     r"cos|since|after) " + HE + r"( \S+){0,8} (hit|hurt|threatened|punched|pushed|smashed|"
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
     r"|\b" + HE + r"( \S+){0,3} (pulled|pulls|pulling|yanked|yanks|dragged|drags|grabbed|"
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
     r"walk|walks|way home|park|work|gym)\b" + JOKE_AFTER
     + r"|\b(sends|sent|sending|texts|texted) me (photos|pictures|videos|pics) of (me|us|my car|"
     r"my house)( \S+){0,6} (taken|from|outside|across|walking|at|without)\b"
     r"|\b(left|dumped|abandoned|kicked|threw|put|made) (me|us|me and the baby) (out )?(\S+ )"
     r"{0,5}(at|on|in) (the |a )?(services|motorway|side of the road|roadside|hard shoulder|"
     r"middle of nowhere|lay by|layby)\b"
     r"|\b(cant|can not|cannot) be trusted with (money|the money|a bank card|cash|my own money|"
     r"a card|the card)\b"
     r"|\b(he|she|husband|partner|boyfriend|fiance)( \S+){0,2} (hides|hid|locks away|locked "
     r"away|rations|withholds|withheld) (the babys|babys|the|my|our|all the|her|his) (formula|"
     r"nappies|food|milk|medication|medicine|money|cash|bottles)\b" + JOKE_AFTER
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

EXAMPLES = Examples(
    must_match=(
        "i sleep in the baby's room now with a chair against the door",
        "i'm not allowed to hold the baby when he's home unless he says so",
    ),
    must_not_match=(
        "please make sure someone checks on the baby when i'm in the shower, said my mum",
        "people keep following me on instagram since i posted the baby photos",
    ),
)

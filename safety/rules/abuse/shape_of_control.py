"""The shape of control rather than its objects: things done "so i can't" leave or call, more
control, permission that runs through him, things done to frighten her, sex while she cannot
say no.

Borderline: fear of losing one's own temper with the baby is distress, not abuse; fear of the
health visitor taking the baby is ordinary.
"""

from safety.rules.abuse.terms import JOKE_AFTER
from safety.rules.family import Examples

RULES: list[tuple[str, str]] = [
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
     r"ring|text|talk|reach|afford)\b" + JOKE_AFTER
     + r"|\b(tells|told|telling|says|said) (his family|everyone|people|the health visitor|my "
     r"family|our friends|the doctor|the gp|social services|the police|his mum) (that )?(im|i "
     r"am|i m) (mentally unstable|unstable|mental|crazy|mad|insane|a psycho|a liar|an unfit|"
     r"unfit|on drugs|an alcoholic|abusive|violent)\b" + JOKE_AFTER
     + r"|\b(so|because|then) (they|nobody|no one|people|his family|everyone|anyone) (wont|will "
     r"not|wouldnt|would not|doesnt|dont|would never|will never) believe me\b"
     r"|\bif i (was|were) a better (wife|partner|mum|mother|girlfriend)( \S+){0,3} (he|she) "
     r"(wouldnt|would not) (have to|need to)\b"
     r"|\b(hiding|hide|hid|lock myself|locking myself) (\S+ ){0,6}(when|until|before|whenever|"
     r"while) (he|hes|he is|my husband|my partner)( \S+){0,2} (comes home|gets home|gets back|is "
     r"home|is drunk|is angry|leaves|falls asleep)\b" + JOKE_AFTER
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
    # Done to frighten her: shaken, pushed over with the baby, driven fast "to scare me".
    ("ab_to_scare_me",
     r"\b(he|partner|husband|boyfriend|my ex)( \S+){0,2} (shook|shakes|shaking|shake) me\b"
     r"(?! (awake|up))" + JOKE_AFTER
     + r"|\b(he|husband|partner|boyfriend|my ex)( \S+){0,10} (pushed|shoved|knocked|threw) me "
     r"(over|down|away|to the (floor|ground)|against|into|out of)\b" + JOKE_AFTER
     + r"|\b(he|husband|partner|boyfriend|my ex)( \S+){0,12} (to|just to) (scare|frighten|"
     r"intimidate|punish) me\b" + JOKE_AFTER),
    # Sex while she cannot say no: passed out, asleep, made to drink.
    ("ab_while_passed_out",
     r"\b(pass|passed|passing) out( \S+){0,3} (does|did|doing|has|had) (things|stuff|sex|his way)"
     r" (to|with) me\b"
     r"|\b(does|did|doing) (things|stuff) to me (while|when) (i|im) (asleep|passed out|"
     r"unconscious|sleeping)\b"),
]

EXAMPLES = Examples(
    must_match=(
        "my husband drove really fast with me and the baby in the car to scare me because i'd"
        " spoken to my ex at a party",
        "my partner says he'll tell the whole village i'm a bad mother if i leave, and he's "
        "already started telling people i'm 'unstable'",
    ),
    must_not_match=(
        "what do i do if i feel like im going to lose my temper with the baby",
        "if i don't do what the health visitor says will they take my baby",
    ),
)

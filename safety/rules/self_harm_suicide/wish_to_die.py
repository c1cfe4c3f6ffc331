"""Wanting to die, said in words: suicide and self-harm named, killing or hurting oneself,
wanting to be dead or not wake up, ending it, taking one's life.

Borderline: any suicide word about oneself or someone else is a crisis ("can pnd make you
suicidal?"); questions about suicide as a topic and research on suicide rates are not (the
idioms). Hyperbole ("i'd die for a nap", "killing myself laughing") is blanked out first;
hurting oneself by accident (cooking, lifting, the kettle) is excluded.
"""

from safety.rules.family import Examples
from safety.rules.shared import INTENT, SELF

RULES: list[tuple[str, str]] = [
    # Common misspellings listed; any other one-letter slip is folded by the normaliser.
    ("sh_suicide_word",
     r"\b(suicide|suicides|suicidal|suicidally|suicidality|sucide|sucidal|suiside|suisidal|"
     r"suicid|suicdal|suacide|suecide|suicida|sucicide|sucicidal|suecidal|suaside|sooicide|"
     r"suiciding|sucidle|suicdie)\b"
     # "unalive thoughts": the slang noun reads as "kill thoughts" after normalising.
     r"|\bkill (thoughts|ideation|urges|feelings)\b"),
    ("sh_self_harm_word", r"\bself (harm|harming|harmed|injury|injuring|injure|hurt)\b"),
    ("sh_kill_self",
     rf"\b(kill|kills|killed|killing|hang|hanging|hanged|hung|off|offing|top|topping|"
     rf"end|ending|drown|drowning|overdose|overdosing|poison|poisoning|starve|starving|"
     rf"shoot|shooting|stab|stabbing|suffocate|suffocating|gas|gassing|unalive) {SELF}\b"
     r"(?! (and (me|us|the baby|the kids)|if i (leave|left|go|tell|break up|end)))"),
    ("sh_hurt_self",
     rf"\b(hurt|hurts|hurting|harm|harms|harmed|harming|cut|cuts|cutting|burn|burnt|burned|"
     rf"burning|hit|hitting|punch|punched|punching|scratch|scratched|scratching|bite|bit|"
     rf"biting|bruise|bruised|bruising|punish|punished|punishing) {SELF}\b"
     r"(?! (by accident|accidentally|lifting|chopping|shaving|cooking|slightly|a bit|on the|"
     r"on a|on his|on her|on my|when i fell|carrying|getting|trying to|with the pram|"
     r"with the car seat|with the buggy))"),
    ("sh_cutting",
     r"\b(cut|cuts|cutting|slit|slitting|slash|slashing) (my|both) (arm|arms|wrist|wrists|leg|"
     r"legs|thigh|thighs|skin|stomach)\b"
     r"|\b(started|start|starting|been|back to|keep|keeps|urge to|urges to|want to) "
     r"(cutting|self harming|burning|scratching) (again|myself|$)"
     r"|\b(started|start|starting|back to|been) cutting again\b|\bcutting again\b"
     r"|\b(scratch|scratching|scratched|pick|picking|picked|bite|biting|claw|clawing|dig|"
     r"digging) (at )?(my )?(arms|arm|skin|legs|wrists|thighs|face|hands) (\S+ ){0,2}(until|till|"
     r"til) (they|it|i) (bleed|bleeds|bled|bleeding|hurt|hurts|cant feel)\b"
     r"|\b(burn|burning|burnt|burned) my (arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin)\b"
     r"(?! (on|with (the )?(oven|kettle|iron|pan|hair straighteners|straighteners|steam|tea|"
     r"coffee)|taking|getting|making|cooking))"
     r"|\b(urge|urges|want|wanting|wanted|need|needing|tempted|itching) to (cut|burn|hurt|harm|"
     r"punish|scratch) (myself|again|$)"),
    # "about to die" is the speaker only with "i"/"im" before it: bare, it is how a phone or a
    # battery signs off ("phone about to die, bye"), and no labelled crisis says it bare.
    ("sh_want_die",
     r"\b(i|im|i m|i am) about to die\b(?! (for|of|laughing|from))"
     rf"|\b(?!about to die\b){INTENT} (to |i could |to just |i would |id |i was |i were |i )?"
     r"(just )?"
     r"(die|be dead|dead|not exist|stop existing|not be here|not be alive|not be around|"
     r"stop living|stop breathing|stop being alive|end my life|end it|be better off dead|"
     r"cease to exist|stop being|not wake up|never wake up|sleep forever|sleep and never|"
     r"fall asleep and never|go to sleep and never|be gone|not be|never be born|"
     r"had never been born|never been born|join (my|her|him|them) in heaven|be with "
     r"(my|god|jesus))\b"
     r"(?! (for|of|laughing|happy|from embarrassment|when|if i dont|in my sleep tonight lol|"
     r"in a cheap|down|over|at|on|out|off|about it|fact|my hair|her hair|his hair|hair|the hair|"
     r"my roots|my eyebrows|my brows|my lashes|my beard|my clothes|it (blue|pink|red|black|"
     r"blonde|purple|brown|green)))"),
    ("sh_dead_better",
     r"\b(might as well|may as well|id be better|i would be better|im better|better off|be "
     r"better|would be better|d be better|rather be|id rather be) (off )?(be )?(dead|gone|"
     r"not here|not alive)\b"
     # A bare "i should go" / "i need to go" is how a chat ends: "go" and "leave" need "just".
     r"|\b(i should|i might as well|time for me to|maybe i should|i need to|i may as well) "
     r"(just (go|leave)|(just )?(disappear|die|leave for good|go for good|not be here))$"
     r"|\b(cant|cannot|dont|do not) see the point (in|of) (anything|everything|it all|any of "
     r"it|going on|carrying on)\b"
     r"|\b(dont|do not|didnt|never) deserve to (live|be alive|be here|exist|breathe|wake up)\b"
     r"|\b(want|going|about|ready|tempted|urge|urges|need) to jump$"
     r"|\b(plan|planning|going|decided|intend|intending|about) (is |was )?to (take|swallow|down) "
     r"(the|my|all|all the|all my|those|these|every) (pills|tablets|meds|medication|paracetamol|"
     r"painkillers|sleeping pills)\b"),
    ("sh_die_plain", r"\b(feel|feeling|felt) like (dying|death|i could die|i might die|i want "
     r"to die|i should die)\b(?! (of|from|laughing|lol|haha))"
     r"|\b(i|id|ill|im going to|i am going to|i just|just) (want to |wish i could )?"
     r"die\b(?! (for|of|laughing|happy|from|when|if|in|at|on|of embarrassment|hair|it|"
     r"(my|her|his|the) (hair|roots|eyebrows|brows|lashes|beard|clothes)))"
     r"|\b(wish|wishing) (i was|i were|i could be|id be|i had|i was just|i had just) "
     r"(dead|gone|never born|not here|not alive|not born|never here|died)\b"),
    ("sh_unsure_alive",
     r"\b(not sure|unsure|dont know if|dont know whether|doubt|not certain) (if |that |whether )?"
     r"i (really |even |still )?(want|wanna|wish) (to )?(be alive|live|be here|exist|go on|"
     r"carry on|wake up|keep living|keep going)\b"
     r"|\b(garage|closed garage) (\S+ ){0,6}(engine|exhaust) (running|on)\b"
     r"|\bengine running (\S+ ){0,5}(garage|doors? shut|doors? closed|hose|hosepipe)\b"
     r"|\b(hose|hosepipe|hose pipe) (\S+ ){0,3}(exhaust|car window)\b"
     r"|\b(have|got|holding|with) (a bottle of|a box of|a packet of|a handful of|a stash of|"
     r"enough|all my|all the|my|the|loads of|lots of) (pills|tablets|meds|paracetamol|"
     r"painkillers|sleeping pills) (\S+ ){0,2}(ready|and im ready|right here|in my hand|"
     r"in front of me|lined up)\b"),
    ("sh_not_here",
     r"\b(dont|do not|didnt|no longer|not|dont even|dont really|never) (want|wish|wanna|"
     r"wanting|need|see the point|see a reason) (to )?(be here|be alive|live|exist|wake up|"
     r"go on|be around|carry on|continue|keep going|keep living|be in this world|be on this "
     r"earth|be on earth|breathe|be a burden)\b"
     r"(?! (here|with|in|at|near|there|like that|on|early|at|him|her|for|the|to)\b)"),
    ("sh_not_wake",
     r"\b(hope|hoping|wish|wishing|pray|praying|want|wanting|rather|prefer)( that)?( i)?( just)? "
     r"(dont|never|didnt|wouldnt|wont|will not|would not|did not|do not) (wake|woke|wake up|"
     r"wake back up)\b"
     r"|\b(wish|wishing|wished) (i )?(hadnt|had not|never|didnt) (woken|woke|wake|been born|"
     r"existed|exist|had)\b(?! (him|her|the baby|a baby|kids|children|a child))"),
    ("sh_never_wake",
     r"\b(sleep|bed|asleep|lie down|close my eyes|go to sleep|fall asleep|drift off) and (never|"
     r"not|just not|not ever) (have to )?(wake|waking|wake up|open them|get up|come back)\b"
     r"|\b(i|i just|i really|i honestly) (deserve|deserved) to (die|be dead|not exist|not be here|"
     r"not be alive|rot)\b"
     r"|\b(razor|razors|razor blades|blades|pills|tablets|rope|knife|a knife) (hidden|stashed|"
     r"hid|saved|put away|tucked away)\b"
     r"|\b(hidden|hid|stashed|hiding|stashing) (\S+ ){0,2}(razor|razors|razor blades|blades|"
     r"rope|a knife)\b"
     r"|\b(hidden|hid|stashed|hiding|stashing) (\S+ ){0,2}(pills|tablets|meds|paracetamol|"
     r"painkillers) (\S+ ){0,2}where (he|my husband|my partner|no one|nobody|noone|they) (wont"
     r"|cant|"
     r"will not|can not|wouldnt) (find|see|look)\b"
     r"|\b(cant|cannot|can not|dont know if i can|not sure i can|couldnt) (promise|guarantee|say|"
     r"be sure) (that )?(i will|ill|i can|i ll|id|i would) (be|keep myself|stay) safe\b"
     r"|\b(dont|do not|not) (feel )?safe (from|with) myself\b"
     r"|\bonly way (out|this ends|it ends|to stop this|to end this|for this to end|things get "
     r"better|this stops|it stops) (is |would be |will be )?(if|when|for) (i|im|me|i am|i was) "
     r"(\S+ )?(die|dying|gone|dead|wasnt here|not here|leave|kill|end|to die|to go|disappear)\b"),
    ("sh_sleep_forever",
     # "will this ruin her sleep forever": sleep as a noun after a possessive is a baby's sleep.
     r"(?<!her )(?<!his )(?<!their )(?<!your )(?<!our )(?<!my )(?<!the )"
     r"\b(sleep|asleep|sleeping) (forever|for ever|for good|and never wake|and not wake|"
     r"and never come|permanently)\b"),
    ("sh_end_it",
     r"\b(end|ending|ended|finish|finishing) (it all|it|things|everything|my life|my own life|"
     r"the pain|this life|my existence|me|all of this|it once and for all)\b"
     r"(?! (with|between|off|early|there|at|on|in the|for the|for them|for him|for her|"
     r"properly|up|here|now and|a|an)\b)"),
    ("sh_take_life",
     r"\b(take|taking|took|end|ending) (my|my own|her own|his own|their own|her|his) life\b"
     r"|\bending (my|it all|everything|things|me)\b"),
]

EXAMPLES = Examples(
    must_match=(
        "i keep burning myself with the hair straighteners on purpose",
        "i just want to go to sleep and not have to wake up ever again",
        "honestly i think im about to die, i cant do this anymore",
    ),
    must_not_match=(
        "i'd die for a full night's sleep",
        "ok i need to go",
        "sorry have to go, my phone's about to die",
        "does contact napping ruin their sleep forever?",
        "i don't trust myself with the kitchen knives when i'm this tired, i keep nearly "
        "cutting myself chopping",
    ),
)

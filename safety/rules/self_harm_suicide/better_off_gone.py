"""Others better off without me: a burden, no point, had enough, disappearing for good,
not coming back.

Borderline: saying one would not act is no escape ("i wouldnt do anything but they'd be better
off"); a way out of a sleep regression or a contract, "not coming back from work", doubt about
being a good enough mum ("better off with a calmer mum") are not this.
"""

from safety.rules.family import Examples
from safety.rules.shared import verb_forms

# What the others would gain, in "if i wasnt here they could ...".
THINGS_GET_BETTER = (
    r"(get (someone|a new|another|a better|a proper|a real|on with)|find (someone|a new|another|"
    r"a better)|have (someone|a new|another|a better|a proper|a real|a normal|a happy)|be "
    r"(happier|better|fine|okay|ok|free|safe|safer|loved)|move on|start again|marry|cope|manage|"
    r"have a (mum|mother|dad|father|parent|mummy|family) (who|that)|grow up (happy|happier|"
    r"better|without|with someone|with a))\b"
)

RULES: list[tuple[str, str]] = [
    ("sh_better_off",
     r"\b(better|happier|easier|fine|okay|ok|safer|free|relieved|glad|pleased|lighter|favour|"
     r"favor) (off )?"
     r"(\S+ ){0,3}"
     r"(without me|with me gone|with me dead|if i (was|were|wasnt|werent|was not|were not) "
     r"(gone|dead|not here|not around|around|here|alive|never born)|if i (just |ever |simply |"
     r"was to |were to )?(died|disappeared|went away|left for good|wasnt|was gone|"
     r"killed myself|ended it|was no longer|left|vanished|went|wasnt here)|if i "
     r"(wasnt|werent) (around|here|alive|in the picture|in their lives)|if i were no longer|"
     r"without (a |an )?(mum|mother|dad|father|parent|wife|person|burden|failure|mess|mom) like "
     r"me|without someone like me|"
     r"with(out)? (a )?(new|another|different|better|proper|real|nicer|good) (mum|mother|"
     r"dad|father|wife|husband|parent|partner))\b"),
    ("sh_nobody_miss",
     r"\b(nobody|no one|noone|no body|wouldnt|would not|wont|will not|no one would|nobody would"
     r"|they wouldnt|she wouldnt|he wouldnt|wouldnt even|wont even) (would |will |ever )?"
     r"(even )?(miss|notice|care|remember) (me|if i|that i|when i)\b"
     r"(?! (being|doing|shouting|crying|shouted|lost|was grumpy|was tired|said|in the early))"),
    ("sh_burden",
     r"\b(im|i am|i feel like|i feel|being|i was|i have become|i ve become|ive become|just) "
     r"(such |just |only |a |nothing but |so much of )?(a )?(burden|waste of space|"
     r"waste of oxygen|waste of air)\b(?!( \S+){0,4} (lol|haha)|( \S+){0,2} (at work|at the "
     r"gym|in the kitchen|at baby group|on the team))"),
    ("sh_no_point",
     r"\b(no|not any|whats the|what is the|theres no|there is no|dont see the|cant see the|"
     r"cannot see the|can not see the|not see the|see no) (point|reason|purpose) "
     r"(in |of |to )?(living|being alive|being here|going on|me|carrying on|existing|life|"
     r"my life|it all|anything anymore|anything any more|waking up|to live|staying|trying "
     r"anymore|being around|continuing)\b"
     r"|\blife (isnt|is not|aint|isn t|is no longer|no longer) worth (living|it|anything)\b"
     r"|\b(cant|cannot|can not|dont|do not|couldnt) see (a|any) (future|way out(?! of (this |the "
     r"|these |that |my |his |her )?(sleep|night|nights|regression|phase|stage|teething|routine|"
     r"schedule|cycle|mess|admin|group|contract|job|chat|deal|feeding|nappy|nappies|colic|debt|"
     r"overdraft|house|flat|lease|tenancy))|way forward"
     r"|point|light|end to this|reason to (live|go on|stay))\b"
     r"|\bno (way out|future for me|reason to live|reason to go on|will to live|hope left)\b"
     r"(?! of (the|these|her|his|this|that) (night|nights|sleep|sleepless|nappy|nappies|feeding|"
     r"feeds|wakings|regression|phase|stage|teething|routine|schedule|cycle|mess|admin|group|"
     r"contract|job|chat|deal))"
     r"|\bonly way out\b|\bway out of (this|here|it all|everything)\b(?! (sleep|night|nights|"
     r"regression|phase|stage|teething|routine|schedule|cycle|mess|admin|group|contract|job|chat|"
     r"deal|feeding|nappy|nappies|colic|debt|overdraft|house|flat|lease|tenancy))"),
    ("sh_had_enough",
     r"\b(had enough|tired|sick|done|finished) (of|with) (life|living|being alive|existing|"
     r"being here|it all|everything|this life|this world|myself|me)\b(?! (being|getting|going|"
     r"taking|costing|smelling|breaking|falling|needing|else))"
     r"|\b(dont think|not sure|dont know if|dont know how much longer|dont know how long) i "
     r"(can|could) (go on|carry on|keep going|live|survive|keep living|keep doing this|last)\b"
     r"|\b(cant|cannot|can not|couldnt) (live (like this|with this|with myself|anymore|any more)"
     r"|go on living)\b"
     r"|\b(want|wish|need|make) (it|everything|it all|this|the pain|all of this|all this) "
     r"(all )?(to )?(stop|end|be over) (for good|forever|for ever|permanently)\b"
     r"|\b(not|never) (going to|gonna) be (here|around) (much longer|for much longer|tomorrow|"
     r"by the morning|for long|anymore)\b|\bthis is my last (message|text|post|goodbye)\b"
     r"|\b(everyone|everybody|they|my family|the world|my kids|the kids|my husband|my partner|"
     r"my baby|the baby|he|she) (would|will|d|is|are|would all|d all|will all) (be )?(better|"
     r"happier) (off )?(now |tbh |honestly |really )?$"
     r"|\b(cant|cannot|can not|couldnt) (go on|carry on|continue|keep going|do life|exist)\b"
     r"(?! (like|this way|with|breast|feeding|doing|the|for|without|much|any more with|"
     r"anymore with|on))"),
    # "if i wasnt here they could get someone better": one's absence as the way things improve.
    ("sh_if_i_was_gone",
     r"\b(if i (just |simply |ever )?(wasnt|werent|was not|were not|was no longer|wasnt ever) "
     r"(here|around|alive|in the picture|in their lives)|if i (just )?(died|disappeared|vanished|"
     r"was gone|were gone|was dead|were dead))\b( \S+){0,8} (could|would|can|will|d|might) "
     + THINGS_GET_BETTER),
    ("sh_disappear",
     r"\b(" + verb_forms("disappear", "vanish") + r"|run away|ran away|walk away|walked away|"
     r"walk out|walked out|go away|went away|leave|left)( and)? (for good|"
     r"forever|for ever|permanently|and never come back|and not come back|never to return|"
     r"and never be found|and never return|completely|off the face|from everyone)\b"
     r"|\b(want|wanted|wanting|wish|going|need|just|plan|like|could|would|should) (to |i could )?"
     r"(just )?(disappear|vanish|cease)\b(?! (for|into|to the|to my|off|with|in|"
     r"under|until|til|while|until)\b)"),
    ("sh_not_coming_back",
     r"\b(never|not) (come|coming|came) (back|home)\b(?! (from|til|until|for|before|after|to|"
     r"again after))"),
]

EXAMPLES = Examples(
    must_match=(
        "My family would be far better off if I were no longer here.",
        "if i wasnt here they could get someone better to look after him",
    ),
    must_not_match=(
        "i sometimes think my baby would be better off with a calmer mum, is that normal to feel",
        "when i'm gone back to work, tell him i'll miss him, my mum will look after him",
    ),
)

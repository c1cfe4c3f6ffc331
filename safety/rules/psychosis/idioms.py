"""Read by psychosis only: jokes, nicknames, real sounds, dreams and topic questions, blanked out
before the psychosis families read a message. A hedge may soften a strange-sounding remark."""

from safety.rules.shared import PEOPLE

# Read by this category only: a hedge (lol, the teething demon, voices from the monitor)
# softens a strange-sounding remark.
PSYCHOSIS_IDIOMS: tuple[str, ...] = (
    # Jokes and nicknames: "the devil tonight lol", "the teething demon".
    r"\b(devil|devils|demon|demons|possessed|evil|antichrist|gremlin|monster)\b( \S+){0,8} "
    r"(lol|haha|hahaha|hehe|lmao|xd|jk|joking|kidding)\b",
    r"\b(lol|haha|hahaha|hehe|lmao) (\S+ ){0,8}(devil|demon|possessed|evil|antichrist)\b",
    r"\b(nothing|none of (this|it)|everything|the world|everyone|everybody|the neighbours|"
    r"neighbours|they|my phone|the tv|the radio)\b( \S+){0,12} (lol|haha|hahaha|lmao|xd|jk|"
    r"joking|kidding)\b",
    r"\b(devil|demon|demons|monster|gremlin|terror|nightmare)( in (him|her|them))? (at|tonight|"
    r"today|this morning|this evening|during|when|whenever|every|all day|all night|in the car|"
    r"in the bath|at bedtime|at night)\b",
    r"\b(teething|sleep|regression|colic|wind|nappy|tantrum|growth spurt|witching hour|sugar|"
    r"overtired|bedtime|bath time|nap) (demon|demons|devil|devils|monster|monsters|gremlin)\b",
    # "possessed by a demon at 5pm every day, the witching hour": a fussy evening, named.
    r"\b(possessed|demon|demons|devil|devils|monster|evil|gremlin|exorcist|exorcism)\b( \S+){0,10}"
    r" (witching hour|every (day|evening|night)|teething|overtired|colic|no joke|growth spurt|"
    r"sleep regression|leap)\b",
    r"\b(witching hour|every evening|every night|teething|overtired|colic|growth spurt|sleep "
    r"regression)( \S+){0,10} (possessed|demon|demons|devil|devils|monster|exorcist|exorcism)\b",
    # Pets and toddlers "plotting against me"; the universe telling me to sleep.
    r"\b(cat|cats|dog|dogs|toddler|toddlers|kids|baby|babies|twins|puppy|kids)( \S+){0,2} (is|are|"
    r"s|re) (plotting|conspiring|ganging up) against (me|us)\b",
    r"\b(universe|my body|body|the baby)( \S+){0,3} (is |s )?(telling|tells|told) (me|us) to (get|"
    r"have|go to bed|rest|slow down|sleep|stop|eat|drink|chill|relax|nap)\b",
    # Energy that comes from coffee is not mania.
    r"\b(energy|wired|buzzing)( \S+){0,4} (from|thanks to|because of) (the )?(caffeine|coffee|red "
    r"bull|energy drinks?|sugar|adrenaline|cake)\b",
    # "swapped at birth lol he's so chilled": a joke about temperament.
    r"\b(swapped|switched|replaced|changeling)\b( \S+){0,10} (so chilled|so calm|so chill|so "
    r"easy|so good|so placid|laid back|nothing like|looks nothing like|so different|lol|haha|"
    r"hehe|lmao|jk|joking|kidding)\b",
    # A baby staring at "things nobody else can see" is a newborn quirk.
    r"\b(stares|staring|stared|looks|looking|smiles|smiling|laughs|laughing|giggles|giggling) at "
    r"(things|something|someone|people|stuff|nothing)( \S+){0,3} (nobody|no one|noone) else "
    r"(can|could) see\b",
    # Voices from a monitor, a screen or the neighbours are real sounds.
    r"\b(monitor|baby monitor|tv|radio|next door|next doors|neighbours|neighbour|neighbors|"
    r"podcast|audiobook|youtube|film|telly|speaker)( \S+){0,3} (voices|voice|whispers)\b"
    r"(?!( \S+){0,3} (telling|tell|tells|told|says|said|saying|isnt mine|to me|about me|want|"
    r"ordering|commanding|say i|"
    r"saying i))",
    r"\b(voices|voice|whispers|whispering) (\S+ ){0,4}(monitor|tv|radio|next door|next doors|"
    r"neighbours|neighbour|neighbors|podcast|telly|upstairs flat|downstairs flat)\b"
    r"(?!( \S+){0,3} (telling|tell|tells|told|says|said|saying|isnt mine|to me|about me|want|"
    r"ordering|commanding|say i|"
    r"saying i))",
    # "can you hear voices with postpartum psychosis" asks about people in general.
    r"\b((can|could|do|does|would|might|will) " + PEOPLE + r"|" + PEOPLE + r" (can|could|"
    r"might|may|do|sometimes|often)) (\S+ )?(hear|see|get|have|experience|start)( \S+){0,3} "
    r"(voices|things|hallucinations|delusions|paranoia)\b",
    # A dream's content is a story, not a belief: "had a weird dream my husband was a
    # different man with the same face", "i dreamt the baby could talk".
    r"\b(i|we|she|he) (had|have|keep having|kept having|has) (a|the|such a|this|the most|some|"
    r"these|weird|vivid|strange|crazy) (\S+ ){0,3}(dream|dreams|nightmare|nightmares)\b( \S+)"
    r"{0,16}",
    r"\b(i|we|she|he) (dreamt|dreamed|dreamnt)\b( \S+){0,16}",
    # Adverts that follow you around are not a plot.
    r"\b(phone|instagram|facebook|google|alexa|siri|tiktok|app|apps|laptop|smart speaker)"
    r"( \S+){0,3} (spying|listening|watching|tracking|eavesdropping)( on| to)? (me|us)\b"
    r"(?=( \S+){0,12} (ads|adverts|advert|advertising|algorithm|recommendations|suggested|"
    r"targeted|cookies|lol|haha)\b)",
)

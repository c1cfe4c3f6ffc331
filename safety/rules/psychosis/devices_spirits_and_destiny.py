"""Psychosis described without its words (second round): escaping "them", devices in the
walls, spirits speaking, hidden people, clones, aliens, the soul leaving, protection by water,
destiny, an unreal world, an organisation following me.

Borderline: the sea "will protect her" is psychosis; a question about hearing voices, seeing
shapes when exhausted and monitor static are ordinary.
"""

from safety.rules.family import Examples

RULES: list[tuple[str, str]] = [
    ("ps_escape_them",
     r"\b(escape|hide|run|get away|flee)( \S+){0,4} (before|because) (they|the people|someone|"
     r"people) (come|comes|are coming|get|take) (for )?(us|me|her|him|them|the baby)\b"),
    ("ps_grown_and_dead",
     r"\b(speaks|talks|talked|spoke|speaking|talking) like (a|an) (grown|grown up|adult) (man"
     r"|woman|"
     r"person|adult)\b(?!( \S+){0,6} (lol|haha|cute|funny|already|hilarious)\b)"
     r"|(?<!nearly )(?<!almost )\b(i|we) (think i |actually |really )?(died|passed) (giving birth|"
     r"having (her|him|the baby)|in theatre)\b"
     r"|\bthis is (the afterlife|purgatory)\b"),
    ("ps_erotomania_and_plots",
     r"\b(presenter|celebrity|singer|actor|famous|tv presenter|newsreader|footballer|the doctor|"
     r"the midwife|the gp)( \S+){0,3} (is|s) (secretly )?in love with me\b"
     r"|\b(baby|she|he|i|im|we|my baby|the baby) (is|am|are|s|was) (part of|in|being used (in|for))"
     r" (a|an|the) (government |secret |alien |hospital |military )?(experiment|conspiracy|plot|"
     r"test)\b"
     r"|(?<!sat nav )(?<!satnav )(?<!alexa )(?<!siri )\bvoice\b( \S+){0,14} (tells|telling|told"
     r"|tell) "
     r"me (things|to|what)\b(?!( \S+){0,4} (turn|left|right|exit|roundabout)\b)"
     r"|\b(pumping|pumps|pumped|putting|releasing|sending) (gas|poison|chemicals|radiation|fumes|"
     r"smoke) (into|through|under) (our|my|the) (flat|house|home|room|vents|walls)\b"
     r"|\b(changing|changes|changed|turning|turns|turned) into (someone|something|a different "
     r"person) (else )?(when|whenever|every time) i (look away|blink|turn)\b"
     r"|\b(numbers|clock|signs|plates)( \S+){0,3} (are|is) (a )?countdown\b(?!( \S+){0,6} (lol|"
     r"haha|wedding|holiday|birthday|christmas)\b)"),
    ("ps_signals_and_tracking",
     r"\b(they|nurses|doctors|everyone|the midwives|the neighbours|my family"
     r"|people)( \S+){0,4} (are|"
     r"were|is) (all )?(part of it|in league)\b(?!( \S+){0,6} (surprise|cake|party|lol|haha)\b)"
     r"|\breporting (everything|on) (i do|me|us)\b"
     r"|\b(communicating|talking|speaking|sending messages) (with|to) me (through|via|in) (the )?"
     r"(static|tv|radio|walls|lights|wifi|monitor)\b"
     r"|\b(lights|light bulbs|bulbs|tv|radio|electrics?)( \S+){0,3} (flicker|flickers|flickering"
     r"|turn"
     r" on|turn off|buzz)( \S+){0,2} (when|whenever|every time) i (think|look|say|walk)\b"
     r"|\b(talking|speaking|talks|speaks) (to|with) (jesus|god|the angels|angels|the devil|satan"
     r"|the "
     r"dead|spirits|the universe)\b( \S+){0,4} (told|tells|said|says|wants|ordered) (me|her|him"
     r"|us)\b"
     r"|\bso (they|nobody|no one|the government|the signals?) (cant|can not|wont|cannot) (track|"
     r"trace|detect|find|read|hear|scan) (her|him|us|me|the baby|my thoughts)\b(?! (nappy|feeds|"
     r"sleep|naps|weight|feeding|changes|progress))"),
    ("ps_sky_messages_poisoned_food",
     r"\b(clouds|stars|trees|leaves|birds|the sky)( \S+){0,3} (forming|form|formed|spell|spelling|"
     r"sending|send) (messages|words|signs|letters)\b"
     r"|\b(food|drink|drinks|milk|tea|water|formula) (is |s |are )?being poisoned\b"),
    ("ps_been_swapped",
     r"\b(shes|hes|she has|he has|she s|he s|they have|theyve|baby has|she was|he was) been "
     r"(swapped|switched|replaced|changed)\b(?! (over|round|to|into|onto|from|out|for (a|the) "
     r"(bottle|formula|size)))(?!( \S+){0,6} (lol|haha|nappy|nappies|room|cot|formula|bottle|"
     r"shift|sides)\b)"),
    ("ps_walls_and_devices",
     r"\b(walls|the walls|house|furniture|trees|vents|ceiling) (are |is )?(whispering|talking|"
     r"speaking|breathing|watching)\b(?!( \S+){0,4} (lol|haha)\b)"
     r"|\bput (a|an) (device|chip|tracker|microchip|implant|camera) (in|into|inside) (me|my|her"
     r"|him|"
     r"the baby)\b"
     r"|\b(code|codes|coded|message|messages|signals)( \S+){0,6} (im|i am) the only one who (can )?"
     r"(understand|hear|see|decode|read)\b"
     r"|\b(talking|talk|talks|saying|say|says|mention|mentions|mentioning) (about )?(my"
     r"|our) (babys |"
     r"baby s )?(name|baby|son|daughter)( \S+){0,3} on (every|all the|each) (channel|station|"
     r"programme|show)\b"),
    ("ps_spirit_speaks",
     r"\b(spirit|spirits|ghost|ghosts|presence|entity|demon)( \S+){0,4} (telling|tells|told"
     r"|talking "
     r"to|speaks to|speaking to) me\b(?!( \S+){0,4} (lol|haha)\b)"),
    ("ps_hidden_people",
     r"\b(man|woman|someone|somebody|people|a person|a stranger|something) (is |are )?(living"
     r"|hiding|"
     r"staying) in (the|our|my|her|his) (wardrobe|cupboard|loft|attic|walls|wall|cellar|basement|"
     r"roof|chimney)\b(?!( \S+){0,4} (lol|haha|mice|mouse)\b)"
     r"|\b(birds|pigeons|crows|cats|dogs|the neighbours|neighbours)( \S+){0,2} (are|is) (spies|"
     r"spying|sent to (watch|spy|follow))\b"
     r"|\b(guard|protect|watch over) (the baby|my baby|her|him) from the (people|person|man|men|"
     r"things|voices|shadows) in the (walls|loft|attic|ceiling|dark)\b"),
    ("ps_other_side",
     r"\b(messages?|signals?|signs?) from the other side\b(?! of)"
     r"|\b(im|i am|i m) the only one who (can )?(see|sees|knows|understands) (the )?(danger|truth|"
     r"plan|what is happening|whats happening|whats really)\b(?! (in|of|with|on) )"
     r"|\bmy thoughts (are|were|is) being (played|read out|broadcast|shown|put)\b"
     r"|\b(pumping|pumps|pumped|putting|releasing|sending) (something|gas|chemicals|poison|smoke) "
     r"(through|into|in) the (vents|walls|pipes|air|taps|water)\b"),
    ("ps_clone_made",
     r"\b(baby|she|he|my husband|my baby|the baby) is (a )?(clone|robot|copy|replica) (they|that "
     r"they|someone)? ?(made|built|grew|created)\b"
     r"|\b(made|grown|created|built) in (a|the) (lab|laboratory)\b(?!( \S+){0,4} (formula|milk|"
     r"vitamins|lol)\b)"),
    ("ps_blood_and_aliens",
     r"\b(see|seeing|saw|seen) (\S+ ){0,2}(blood|faces|eyes|shapes) (dripping|running|moving|"
     r"crawling|appearing) (down|on|in|across) (the )?(walls|wall|ceiling|floor)\b"
     r"|\b(taken|abducted|stolen|snatched) by (aliens|the aliens|the fairies|fairies|demons|the "
     r"devil|spirits)\b(?!( \S+){0,8} (story|book|film|tale|lol|haha|fairy tale)\b)"
     r"|\bgod (wants|told|tells|asked) me to (give|send|return|sacrifice) (the baby|my baby|her"
     r"|him)"
     r" (back|to him|up)\b"),
    ("ps_soul_leaving",
     r"\b(soul|spirit) (is )?(trying to|going to|about to|wants to)? ?(leave|leaving|left) (her"
     r"|his|"
     r"their|my) body\b"),
    ("ps_protect_by_water",
     r"\b(take|taking|bring|carry|carrying|walk|put) (her|him|them|the baby|my baby|my son|my "
     r"daughter|baby) (\S+ ){0,2}(to|into|in) the (sea|river|water|lake|ocean|woods|forest|fire|"
     r"canal|waves)\b( \S+){0,10} (protect|save|cleanse|purify|safe from|keep (her|him|them) safe"
     r"|from them|wash away|baptise|baptize|before they|heal|so (they|nobody|no one) (cant|can not|"
     r"wont) (get|find|take|hurt))\b"
     r"|\b(water|sea|fire|the light|the blood|the river|the ocean|the flames) (will|would|can|is "
     r"going to) (protect|save|cleanse|purify|heal) (her|him|them|the baby|us|my)\b"
     r"|\b(protect|save|hide|keep|get) (her|him|them|the baby|us|my baby) (safe )?(away )?from "
     r"them\b(?! (germs|bugs|colds|all))"
     r"|\b(baptise|baptize|baptising|baptizing|baptised|baptized|cleanse|cleansing|purify|"
     r"purifying) (him|her|them|the baby|my baby|my son|my daughter|baby)? ?(in|with|by) (fire|"
     r"the fire|flames|blood)\b"),
    ("ps_destiny",
     r"\b(meet|fulfil|fulfill|follow|called to|reach|find|meet with|born to meet) (my|our) "
     r"(destiny|calling|divine purpose|true purpose)\b"
     r"|\b(ive|i ve|i have|im|just|i just) (started|starting|set up|launched|planned) (\d+|two"
     r"|three|four|five|six|seven|eight|"
     r"nine|ten|several) (businesses|companies|books|charities|new businesses)\b"
     r"|\b(so much|too much|loads of|boundless|crazy|insane|unbelievable) energy\b( \S+){0,10} "
     r"(havent slept|not slept|no sleep|dont need sleep|days)\b"
     r"|\b(havent slept|not slept) (\S+ ){0,3}(days|nights)\b( \S+){0,12} (so much|too much|"
     r"loads of|boundless|crazy|insane|unbelievable) energy\b"),
    ("ps_unreal_world",
     r"\b(everything|everyone|life|the world|it all|the house|my life)( \S+){0,2} (feels|is|looks|"
     r"seems) like (a |an |im in a |im on a |we are in a |were in a )?(film set|movie set|stage "
     r"set|set|stage|the truman show|truman show|simulation|video game|computer game|play)\b"
     r"(?! (when|with|lol|haha))"
     r"|\b(everyone|everybody|people|they|my husband|my partner|the nurses|the doctors|my family)"
     r"( \S+){0,2} (is|are|were|s) (all )?(just )?(actors|an actor|a robot|a clone|clones"
     r"|acting a part|playing parts|"
     r"playing a part|robots|imposters|impostors|replaced|not real people)\b"
     r"|\b(floating|float|floated|hovering|hover) (above|outside|out of) (my )?(own )?body\b"
     r"|\bwatching (myself|my body|me) (from (above|outside|the outside|a distance|the ceiling)|"
     r"like (a|in a) (film|movie))\b"
     r"(?!( \S+){0,8} (is (that|this|it) (normal|sleep|tiredness)|sleep deprivation|normal|"
     r"dissociation|dissociating)\b)"
     r"|\bcant get back (in|into) (my )?(body|myself)\b"),
    ("ps_inside_her",
     r"\b(something|someone|somebody|a demon|demons|an evil|evil|a spirit|the devil|satan|another "
     r"person|another soul|a stranger)( else)? (is |living |lives |hiding |that lives |has got "
     r"|got )?inside (her|him|them|the baby|my baby|my son|my daughter)\b"
     r"(?! (tummy|belly|mouth|nappy|ear|nose|throat|eye))"
     r"|\b(it|that) (isnt|is not|wasnt|aint) (really )?(her|him|my baby|my son|my daughter) "
     r"(looking|in there|behind|staring)\b"
     r"|\b(speaks|spoke|speaking|talks|talked|talking|said|says|laughs|laughed) (to me )?(in )?"
     r"(a |an )?(grown up|grownup|adult|mans|old mans|womans|old womans|demonic|deep mans) "
     r"voice\b"),
    ("ps_strange_senses",
     r"\b(hear|hearing|heard|taste|tasting|tasted|smell|smelling) (the )?(colours|colors)\b"
     r"|\b(see|seeing|saw) (the )?(sounds|music|noises)\b"
     r"|\bshadow (people|figures|man|men|person|creatures|things|beings)\b"
     r"|\b(i|we|im|were|the baby|she|he|we are|i am|she is|he is|shes|hes) (\S+ )?(already|"
     r"actually|really) (dead|died|a ghost|ghosts)\b(?! (tired|on my feet|inside))"
     r"|\b(im|i am|we are|were|were all|i think im|i think we are|this is) (in|living in) (the "
     r"afterlife|purgatory|limbo)\b"
     r"|(?<!nearly )(?<!almost )(?<!could have )(?<!couldve )\b(i|we) (actually |really |"
     r"already |think i |think we )?(died|passed) (in|during|at) (labour|childbirth|the birth|"
     r"birth|delivery|the operation|the c section|theatre)\b(?! (and (was|were) (brought|"
     r"resuscitated|revived)))"
     r"|\b(nobody|no one|noone) (has )?(told|tells|will tell) me (that )?(im|i am|i was|we are|"
     r"were) dead\b"),
    ("ps_organisation",
     r"\b(followed|watched|tracked|monitored|hunted|targeted|spied on) (\S+ ){0,3}by (an "
     r"organisation|an organization|the government|mi5|mi6|the police|the cia|the fbi|a cult|the "
     r"secret service|the state|people in cars|men in|a gang|a group|the masons|the illuminati)\b"
     r"|\b(organisation|organization|government|mi5|mi6|cia|fbi|secret service|illuminati|"
     r"freemasons|a cult|the cult|the masons|the agency|the state) (\S+ ){0,3}(is |are |has been |"
     r"have been )?(following|watching|tracking|monitoring|after|targeting|spying on|recording|"
     r"listening to|hunting|coming for) (me|us|the baby)\b"),
    ("ps_named",
     r"\b(i|she|wife|partner|he|girlfriend|sister|daughter|i think i|she might|i might|"
     r"i may|she may|think i|think she|im|shes|mum|my wife|my partner) (think |might |may |"
     r"could |definitely |probably )?(have|has|having|got|getting|s got|ve got|developed|"
     r"developing|diagnosed with|been diagnosed with|is in|am in|going into|showing signs "
     r"of|signs of|is getting|am getting|is developing|am developing|in) (postpartum |"
     r"postnatal |post partum |post natal |puerperal |pp )?(psychosis|psychotic episode|"
     r"mania|manic episode)\b"),
]

EXAMPLES = Examples(
    must_match=(
        "my husband keeps changing into someone else when i look away",
        "people from an organisation are following me to take my baby",
    ),
    must_not_match=(
        "is it true that you can hear voices with postpartum psychosis",
        "the monitor static sounds like whispering at night, creepy but it's just static right",
    ),
)

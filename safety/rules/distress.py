"""Distress, not a crisis: low mood, not coping, no bond, fear, anger, asking for a helpline.
Read on the whole message, hyperbole included."""

from safety.rules.family import Examples

# (rule id, pattern). The first rule to match names the result.
RULES: list[tuple[str, str]] = [
    ("ds_not_coping",
     r"\b(not|cant|cannot|can not|couldnt|struggling to|unable to|barely|hardly|no longer) "
     r"(coping|cope|manage|managing|handle|handling|function|functioning|do this|take "
     r"this|take it|take any more|take much more|go on like this|carry on like this)\b"),
    ("ds_low",
     r"\b(so|really|very|feeling|feel|feels|felt|been|im|i am|quite|always|constantly|"
     r"extremely|just|everything feels|everything is|life feels|life is|its all) "
     r"(so |really |very |incredibly |all |a bit |quite )?(low|terrified|scared|frightened|"
     r"worried sick|on edge|down|depressed|sad|miserable|alone|lonely|"
     r"isolated|empty|numb|hopeless|worthless|useless|helpless|broken|lost|anxious|panicky|"
     r"overwhelmed|trapped|guilty|ashamed|flat|grey|awful|terrible|rubbish|crap|shit|"
     r"defeated|desperate|exhausted and|dead inside|like a failure|like a bad|like a "
     r"terrible|like an awful|like a useless|like im failing|like im drowning)\b"),
    ("ds_crying",
     r"\b(crying|cry|cried|sobbing|sob|tears|in tears) (all|every|constantly|non stop|"
     r"nonstop|most|so much|all the time|for hours|myself to sleep|at everything|"
     r"at nothing|for no reason)\b"),
    ("ds_bad_parent",
     r"\b(terrible|awful|bad|useless|rubbish|crap|shit|horrible|worst|failing|failure|"
     r"hopeless|unfit|not a good|not good enough|not a real|selfish) (mum|mom|mother|parent|"
     r"dad|father|mummy|daddy|as a mum|as a mother|as a parent|at this|at being a)\b"
     r"|\b(failing|failed|a failure|let down) (him|her|them|my baby|the baby|my son|my "
     r"daughter|as a)\b"),
    ("ds_no_bond",
     r"\b(dont|do not|didnt|cant|cannot|not|never|no longer) (feel|felt|feeling) (anything|"
     r"any love|love|a bond|bonded|connected|close|attached|like (his|her|their) (mum|mother|"
     r"dad|parent)|like a mum|like a mother)\b"
     r"|\bfeel (nothing|no love|no connection|no bond|disconnected|detached)\b"
     r"|\bregret (having|ever having|becoming|being a|getting pregnant|my baby|the baby)\b"
     r"|\b(havent|not|never|didnt|cant|struggling to) (bonded|bond|bonding)\b"),
    ("ds_named",
     r"\b(i|im|i think i|think i|maybe i|might|i might|i may|i feel like i|do i) (have|has|"
     r"having|got|getting|developed|developing|diagnosed with|been diagnosed with|am|suffering "
     r"from|struggling with|suffer from|deal with|dealing with)? ?(postnatal|postpartum|post "
     r"natal|post partum|perinatal|antenatal|pnd|ppd|pna|ptsd|birth trauma|depression|"
     r"depressed|anxiety|anxious|ocd|panic attacks)\b"),
    ("ds_helpline_ask",
     r"\b(helpline|hotline|help line|phone number|number|charity|charities|support line|refuge|"
     r"shelter) (for|about|to call for|to ring for|that helps with|in) (\S+ ){0,2}(domestic|abuse|"
     r"abused|violence|suicide|suicidal|mental health|crisis|psychosis)\b"
     r"|\b(domestic abuse|domestic violence|abuse|crisis|mental health|samaritans|refuge|"
     r"coercive control) (\S+ ){0,2}(helpline|hotline|help line|number|line|charity|service)\b"),
    ("ds_edge",
     r"\b(end of my (tether|rope|wits)|breaking point|at my limit|cant take much more|"
     r"running on empty|falling apart|at rock bottom|hit rock bottom|head above water|"
     r"drowning in (it all|everything|this)|sinking|going under|on my knees)\b"
     r"|\b(losing|lost) (my mind|it|the plot|control)\b"
     r"|\b(want|wish|need) (to )?(run away|escape|get away from (it all|everything)|"
     r"give up|my old life)\b|\bgive up on (everything|it all|myself)\b"
     r"|\bhate (my life|myself|my body|being a mum|being a mother|this|everything)\b"
     r"|\b(flashbacks|nightmares about the birth|intrusive thoughts|scary thoughts|"
     r"panic attack|panic attacks|panicking|panic)\b|\bi panic\b"
     r"|\bcant (stop|stop crying|stop worrying|sleep even when|breathe)\b"
     r"|\b(im|i am|i feel|feeling|i dont feel|i really am) (not|not really|so not) (ok|okay|"
     r"alright|coping|right|myself|well in myself)\b"
     r"|\b(not|dont|do not|havent) (feeling|feel|felt|been feeling) (like )?(myself|me|right|"
     r"ok|okay|good|great|well in myself)\b"
     r"|\b(no one|nobody|noone) (to talk to|understands|helps|cares|to help)\b"
     r"|\b(keep|keeps|cant stop|constantly|always|obsessively|compulsively) (checking|"
     r"worrying|panicking|imagining|thinking something|picturing)\b"
     r"|\b(terrified|scared|frightened|worry|worried|worrying|anxious|paranoid) (\S+ ){0,4}"
     r"(die|dies|sids|death|dying|something bad"
     r"|will happen|happens|will stop breathing)\b"
     r"|\b(angry|anger|rage|furious|frustrated|resentful|resent) (\S+ ){0,5}(cries|crying|"
     r"screams|screaming|baby|him|her|at (him|her|the baby))\b"
     r"|\b(walked|walk|step|stepped|stepping) away (for|from) (\S+ ){0,3}(minutes|minute|"
     r"while|bit)\b|\bwhen i feel (overwhelmed|angry|frustrated)\b"
     r"|\b(shout|shouting|shouted|snap|snapping|snapped|yell|yelled|yelling) at (my )?"
     r"(toddler|kids|partner|husband|children|everyone)\b"),
]

EXAMPLES = Examples(
    must_match=(
        "is it normal to want to cry all the time after having a baby",
        "i'm terrified of dropping him down the stairs, i'm so clumsy",
    ),
    must_not_match=(
        "is there anything that helps mums with postnatal depression bond with their baby",
        "can postpartum anxiety make you feel like something bad will happen",
    ),
)

"""Hyperbole and plain topic questions, blanked out before any crisis rule reads a message.

"i'd kill for a nap", "screaming blue murder" or "what does a sunken fontanelle mean" never
read as intent or as an emergency. The first rules and every crisis category read the
message without these; distress reads it whole."""

from safety.rules.shared import NOT_ME, NOT_NOW, verb_forms

# Idioms masked out before the crisis rules run, so hyperbole never reads as intent.
IDIOMS: tuple[str, ...] = (
    r"\b(kill|killing|murder|die|dying|died) (for|to get|to have|to see|to know)\b",
    r"\b(killing|kill) (myself|me|himself|herself) (laughing|trying|doing|running|working|"
    r"cleaning|tidying|to keep|to get|to make|to finish)\b",
    r"\b(nearly|almost|could have|couldve|practically|literally) died (laughing|of|when|at)\b",
    r"\b(nearly|almost|practically|literally) (killed|kill) (myself|me) (\S+ ){0,2}(tripping|"
    r"falling|slipping|on|over|with|when|going down|running|carrying|laughing)\b",
    r"\b(die|dying|died) (of|from|with) (laughter|laughing|embarrassment|shame|boredom|"
    r"tiredness|exhaustion|heat|thirst|hunger|cuteness|happiness|jealousy)\b",
    r"\bdead (tired|on my feet|to the world|beat|set|easy|simple|good|quiet)\b",
    r"\bto die for\b",
    r"\bmy (arms?|legs?|hands?|body|wrists?|back|feet) (\S+ ){0,2}(limp|floppy|numb|dead)\b",
    r"\b(could|would|will|ll|ill|gonna|going to) (cheerfully |happily |honestly |literally "
    r"|actually )?(strangle|throttle|kill|murder|wring) (him|her|them) (for|if he|when he|if she"
    r"|when she) (waking|snoring|leaving|forgetting|not|being late|eating|drinking|sleeping "
    r"through|buying|saying|playing|watching|going out|wakes|snores|leaves|forgets)\b",
    # Normal newborn breathing pauses asked about, and worry that breathing might stop.
    r"^is it normal (that |when |if )?(\S+ ){0,4}breathing (stops|pauses|stopping|pausing) "
    r"(for )?(a few|a couple of|few|2|3|4|5|a|one|two|three) (seconds|secs|second|moments)\b",
    r"^is it normal (for (my |a |the )?(baby|newborn|babies|newborns|him|her|them|son|daughter) )?"
    r"(to )?(\S+ ){0,3}(stop|stops|pause|pauses) breathing (for )?(a few|a couple of|few|2|3|4|"
    r"5|a|one|two|three) (seconds|secs|second|moments)\b",
    # "he stops breathing for a few seconds when asleep, is that normal": periodic breathing.
    r"\b(stops|stop|stopped|pauses|paused|pausing|stopping) breathing for (a few|a couple of|few|"
    r"2|3|4|5|a|one|two|three|a split) (seconds|secs|second|moments|moment)\b(?=( \S+){0,6} "
    r"(is (that|this|it) normal|normal|periodic breathing|is (that|this|it) (ok|okay)|should i "
    r"worry)\b)",
    r"\b(worry|worried|worrying|scared|afraid|terrified|fear|anxious|paranoid|panic|panicking|"
    r"check|checking|obsessed) (\S+ ){0,4}(will|might|would|could|going to|may|is going to|"
    r"shell|hell|theyll|itll|shed|hed|theyd) "
    r"(stop|stops) breathing\b",
    # Someone else afraid of hurting the baby by accident (a nervous grandparent).
    r"\b(mum|mom|dad|grandma|grandad|nan|nana|grandmother|grandfather|granny|grandpa|mother in "
    r"law|father in law|sister|brother|partner|husband|wife|toddler|friend) (is |s |are |gets |"
    r"was )?(so |really |a bit |very )?(afraid|scared|worried|nervous|terrified|anxious) (of|"
    r"about) (hurting|dropping|harming|breaking|squashing)\b",
    # "how do i know if i have postnatal psychosis?" asks about a topic.
    r"\b(how do i know|how can i tell|how would i know|how to tell|how do you know|how do i tell) "
    r"(if|whether) (i|she|my wife|my partner|someone) (have|has|had|am getting|is getting|might "
    r"have|may have|could have)\b",
    r"(?<!wish i )(?<!wish i could )\b(could|couldve|would|will|gonna) (happily |honestly |"
    r"literally |probably |just )?sleep (forever|for ever|for a week|for a year|for days)\b",
    r"\b(going to|gonna|will|ill|might|could|literally|actually|honestly|seriously) (literally |"
    r"actually |honestly |seriously |just )?die if (he|she|the baby|baby|they|this|it|my "
    r"(baby|son|daughter|husband|partner|toddler))\b",
    # "she'll kill me if i wake the baby": a threat over a household slip is a figure of speech.
    r"\b(kill|murder|strangle|throttle|kills|murders) (me|you|him|her|us) (\S+ )?if (i|you|he|"
    r"she|we|they|the baby|baby) (\S+ ){0,2}(wake|wakes|woke|waking|forget|forgets|forgot|eat|"
    r"eats|ate|drink|drinks|buy|buys|bought|spend|spends|touch|touches|use|uses|spoil|spoils|"
    r"break|breaks|miss|misses|lose|loses|sneeze|cough|burn|burns|scratch|scratches|dent|dents|"
    r"wake up|wakes up|am late|im late|run out|ruin|ruins)\b",
    # "my husband is going to kill me, i've spent a fortune": the cost of a purchase.
    r"\b(going to|gonna|will|is going to|s going to|ll) kill me\b(?=( \S+){0,2} (ive|i have|i "
    r"just|i spent|i bought|i broke|i forgot|when (he|she|they) (sees|see|finds|find|gets|get|"
    r"hears|notices)|for (buying|spending|this|that|forgetting|breaking)))",
    # "so embarrassed i wanted to disappear": a figure of speech for embarrassment.
    r"\b(embarrassed|embarrassing|mortified|ashamed|cringe|cringed|cringing|awkward|humiliated|"
    r"red faced)( \S+){0,4} (wanted|want|could|wished i could|wish i could) (to )?(just )?"
    r"(disappear|die|vanish|melt|sink|curl up and die)\b",
    r"\b(ground|floor|earth) to (open up and )?swallow me( up)?\b",
    # "take the pressure off myself": a burden lifted, never "off myself" as in dying.
    r"\b(pressure|weight|load|strain|stress|burden|heat|spotlight|focus|expectations|edge|eyes|"
    r"hands|mind|feet) (\S+ )?off (myself|my self|meself|herself|himself|themselves|"
    r"ourselves|yourself)\b",
    # "i could have killed her" about grandma's biscuit: exasperation, not a deed.
    r"\b(could have|couldve|could of|nearly|almost|coulda) (killed|murdered|strangled|throttled) "
    r"(him|her|them)\b(?!( \S+){0,6} (when i (shook|dropped|threw|hit)|because i (shook|dropped|"
    r"hit|threw)))",
    # "the dog kept us up, i could strangle him": a pet or a neighbour, not the baby.
    r"\b(dog|dogs|cat|cats|puppy|kitten|neighbour|neighbours|neighbor|neighbors|parrot)( \S+){0,10}"
    r" (could|couldve|would|will|gonna|going to|wanted to|want to|ready to) (\S+ )?(strangle|"
    r"throttle|kill|murder|wring|smack|slap) (him|her|them|it)\b",
    r"\b(squeeze|squeezed|squeezing|squeezes|hug|hugged|hugging|hold|held|holding) (him|her|them|"
    r"the baby) (so |really |too |extra )?(tight|tightly|hard|close)? ?(with|out of|from|because "
    r"of) (love|joy|happiness|relief|pride)\b",
    # "my husband snores like a chainsaw, i could smother him": exasperation with a partner.
    r"\b(husband|partner|hubby|dh|boyfriend|fiance|other half)( \S+){0,3} (snores|snoring|farts|"
    r"forgot|forgets|left|leaves|woke|wakes|slept|sleeps|ate|eats|played|plays)( \S+){0,8} "
    r"(could|couldve|would|will|gonna|going to|wanted to|want to) (\S+ )?(strangle|throttle|kill|"
    r"murder|smother|wring|smack|slap) (him|them)\b",
    # "he said i look tired. i wanted to throttle him": someone who talks is an adult.
    r"\b(he|she|my husband|my partner|my wife|dh|my mum|my mil|my dad)( \S+){0,1} (said|says|"
    r"asked|told me|suggested|thinks|forgot|left|commented|mentioned)( \S+){0,10} (i )?(wanted|"
    r"want|could|couldve|nearly|almost|ready) (to )?(throttle|strangle|kill|murder|punch|slap|"
    r"smack|thump|wring|whack) (him|her|them)\b",
    r"\b(rather|sooner) (die|be dead) than (?!(live|go on|carry on|feel|wake|keep|be alive|"
    r"exist|be here|face))",
    r"\bvoices in my head (\S+ ){0,8}(lol|haha|hehe|lmao|jk|joking)\b",
    # Asking how to tell choking from gagging is a question, not an emergency.
    r"\b(how do i know|how can i tell|how to tell|how would i know|how do you know|how do you "
    r"tell|whats the difference between|difference between) (if |whether |when )?(\S+ ){0,4}"
    r"(choking|gagging|having a seizure|fitting|having a fit)\b",
    # "the cot bumper could suffocate him?" asks about a thing's risk.
    r"\b(bumper|bumpers|blanket|blankets|pillow|pillows|cord|cords|toy|toys|sling|car seat|"
    r"sleeping bag|duvet|teddy|hat|bib|string|ribbon|it|that|this|they|those|these|cushion|"
    r"cushions|bottle|pouch|pouches|grapes|nuts|popcorn|swaddle|wedge|pod|nest) (could|can|might|"
    r"may|would|will) (\S+ )?(harm|hurt|suffocate|smother|strangle|choke|kill|burn|drown|"
    r"injure|poison)\b",
    r"\b(tired|exhausted|knackered|embarrassed|hungry|happy|bored|hot|shattered) (\S+ ){0,2}"
    r"(i|you) (could|couldve) (just )?(die|drop dead|sleep for a week)\b",
    r"\b(blue|red|purple) in the face( from| with| after)? (screaming|crying|shouting|yelling|"
    r"straining|pooing|pushing|laughing|coughing|the heat)\b",
    r"\b(screamed|screaming|screams|cried|crying|cries|shouting|shouted|yelled|yelling|scream|"
    r"shout|cry|talking|talk|argue|arguing) (\S+ ){0,2}(till|until|til) (im |i am |hes |shes |"
    r"i was |he was |she was |were |theyre |they are )?(blue|red) in the face\b",
    # "went all floppy like a little drunk, so cute": a baby milk-drunk and asleep.
    r"\b(floppy|limp|flopped|flops|floppier)( \S+){0,5} (so cute|cute|bless|aww|adorable|like a "
    r"(little |tiny |happy |milk )?(drunk|drunkard)|milk drunk|drunk on milk)\b",
    r"\b(milk drunk|drunk on milk)\b( \S+){0,6} (floppy|limp)\b",
    r"\b(floppy|limp) (and )?asleep (on|at) (the |my )?(boob|breast|bottle|me|my chest)\b",
    # "how does the glass test for a meningitis rash work": a question about the test.
    r"^(how|what|when|why|where|is|does|do|can|should|whats)( (?!(i|im|ive|my|me|we|our|he|she|"
    r"hes|shes|his|him|her|baby|babys|now|tonight|help|please|isnt|doesnt|not|wont)\b)\S+){0,4}"
    r" glass test( (?!(i|im|ive|my|me|we|our|he|she|hes|shes|his|him|her|baby|babys|now|tonight|"
    r"help|please|isnt|doesnt|not|wont)\b)\S+){0,8}$",
    # Whole-message questions about what a word means are not disclosures.
    r"^(what is|whats|what are|what does|define|meaning of|definition of|what do you mean by|"
    r"what counts as|what causes|what are the signs of|what are the symptoms of|signs of|"
    r"symptoms of|how do i spot|how to spot|how common is|how common are|what are signs of)"
    r"( a| an| the)? (self harm|self harming|suicide|psychosis|postpartum psychosis|"
    r"postnatal psychosis|puerperal psychosis|domestic abuse|domestic violence|coercive control|"
    r"abuse|seizure|seizures|febrile seizure|febrile seizures|febrile convulsion|"
    r"febrile convulsions|fit|fits|overdose|shaken baby syndrome|sids|cot death|"
    r"intrusive thoughts|meningitis|sepsis|choking)( mean| meaning| in (a )?(baby|babies|"
    r"newborns|infants|mums|mothers|women|men|dads|parents))?"
    r"(?=( (and|or|so|in|for|like|because|is|are|can|do|does) " + NOT_ME + r"\S+"
    r"( " + NOT_ME + r"\S+){0,10})?$)",
    # "what are the signs (that) my baby is not breathing properly": a question, when nothing
    # in it says it is happening now.
    r"^(what are|whats|what is|what are some|how do i spot|how to spot|how do you spot|how can i "
    r"spot|how do i recognise|how to recognise|how would i know) (the )?(signs|symptoms|warning "
    r"signs|red flags|early signs|first signs)( " + NOT_NOW + r"\S+){0,12}$",
    # "what should i do if he ever stops breathing, just want to be prepared": first aid.
    r"\bif (\S+ ){0,3}(ever )?(stops|stopped|stop|isnt|wasnt) breathing\b(?=.*\b(prepared|"
    r"in case|course|class|first aid|cpr|hypothetically|worst case|before it happens|in advance|"
    r"just want to know|refresher)\b)",
    r"\bif (\S+ ){0,3}(ever )?(has|have|had|gets|starts|is|starts having) (a |an )?(\S+ )?"
    r"(seizure|seizures|convulsion|convulsions|fit|fits|choking)\b(?=.*\b(prepared|in case|"
    r"course|class|first aid|cpr|hypothetically|worst case|before it happens|in advance|just "
    r"want to know|refresher)\b)",
    # Questions about a thing's effect: "can that harm him?" is not intent to harm.
    r"\b(can|could|would|will|does|do|might|did|is|are) (that|this|it|they|these|those|"
    r"doing (that|this)|\w+ing|\w+ing (him|her)) (harm|hurt|damage|injure|harming|hurting) ",
    # "does stress in pregnancy hurt the baby?" asks about an effect, nobody means harm.
    r"^(does|do|can|could|will|would|might|is|are|did|should) (?!i\b)(\S+ ){0,8}?(?<!self )"
    r"(harm|hurt|damage|injure|suffocate|smother|strangle|choke|kill|poison|burn|drown) ",
    # Learning about shaken baby syndrome is not shaking a baby.
    r"\b(about|what is|whats|what causes|causes|video|videos|documentary|leaflet|talk|"
    r"learned|learnt|heard of|prevent|preventing|prevention of|dangers of|risk of|warned us) "
    r"(\S+ ){0,3}shaken baby( syndrome)?\b",
    # A toddler hitting the baby is a sibling-rivalry question, not abuse of the baby.
    # A "1 year old" is often the baby itself, not an older sibling.
    r"\b(toddler|sibling|siblings|brother(?! in law)|sister(?! in law)|twin|"
    r"(?<!\b1 )(?<!\bone )(?<!\ba )year old|(?<!\b1 )(?<!\bone )(?<!\ba )yr old|eldest"
    r"|oldest|older one|"
    r"big one|older child|older kid|stepson|stepdaughter) (\S+ ){0,2}("
    + verb_forms("hit", "bite", "kick", "push", "pinch", "scratch", "smack", "slap", "whack",
                 "poke", "squeeze", "hug", "throw", "shove", "pull", "thump", "punch")
    + r"|bit|threw|sat on|sits on|jumped on|jumps on)\b",
    r"\b(i|im|i am|feel like i|felt like i|like i) (cant|can not|cannot|couldnt|could not) "
    r"(breathe|breath|catch my breath)\b",
    # First aid and "choking vs gagging" are questions about a topic.
    r"\b(first aid|cpr|course|class|training|learn|learning|video|leaflet|steps|guide|technique|"
    r"back blows|how to help|how do i help|what to do (for|with)) (\S+ ){0,4}(choking|drowning) "
    r"(baby|babies|infant|infants|child|children|toddler)\b",
    r"\b(choking|drowning) (baby|babies|infant|infants|child) (\S+ ){0,4}(first aid|steps|course|"
    r"class|training|technique|back blows)\b",
    # "what does a sunken fontanelle mean", "if your baby has a seizure": about a topic.
    r"^(what|whats) (does|do|is|are|would)( a| an| the)? (?!(my|it|this|his|her|that)\b)"
    r"(\S+ ){1,4}(mean|look like|looks like|feel like|sound like)\b",
    r"\b(if|when|whether) (your|a) (baby|child|newborn|infant|toddler|little one) (\S+ ){0,3}"
    r"(seizure|seizures|fit|fits|convulsion|convulsions|is choking|chokes|starts choking|stops "
    r"breathing|stop breathing|turns blue|goes blue|is floppy|goes floppy|allergic reaction|"
    r"anaphylaxis|anaphylactic shock)\b",
    # Someone else's baby, or a seizure long past, told as background to a question.
    r"\b(sisters|brothers|friends|cousins|neighbours|neighbors|mates|colleagues|nieces|nephews|"
    r"someones|a friends) (baby|babies|son|daughter|little one|boy|girl) (\S+ ){0,2}(had|has had|"
    r"once had|used to have) (a |an )?(\S+ )?(seizure|seizures|fit|fits|convulsion|"
    r"convulsions)\b",
    r"\bhad (a |an )?(febrile )?(seizure|fit|convulsion) (last (year|month)|(\d+|two|three|a "
    r"few|some) (months|years) ago|years ago|when (he|she|they) (was|were) (little|\d+))\b",
    # A baby "floppy" asleep after a feed is milk drunk, not limp.
    r"\b(fell asleep|falls asleep|falling asleep|asleep|milk drunk|dozed off|passed out) (\S+ )"
    r"{0,2}(floppy|limp)( \S+){0,3} (on|after|at) (the|my|a) (boob|breast|bottle|feed|chest|"
    r"shoulder|lap)\b",
    r"\b(like|as) death warmed (up|over)\b",
    r"\b(choking|choke) (vs|versus|or|and not|compared to|from) (just )?(gagging|gag)\b"
    r"|\b(gagging|gag) (vs|versus|or|and not|compared to|from) (just )?(choking|choke)\b",
)

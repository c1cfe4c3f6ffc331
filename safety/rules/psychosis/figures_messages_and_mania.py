"""Figures others cannot see, messages meant for me, being listened to, everyone in on it,
instructions and rituals, mania, another version of my life, and the family's worry that she is
"not herself" next to a strange belief.

Borderline: "not herself" or "not making sense" is psychosis only next to a strange belief or of
a named adult; feeling detached when sleep deprived and monitors picking up other monitors are
ordinary.
"""

from safety.rules.family import Examples
from safety.rules.psychosis.terms import JOKE_AFTER

# A strange belief that, next to "not herself" or "not making sense", makes a family's worry
# about a mother psychosis rather than tiredness ("god" alone is an interjection, so only
# god doing something counts; "signs" alone is "signs of pnd").
_STRANGE_BELIEF = (
    r"(angel|angels|by god|from god|god (told|tells|wants|said|says|sent|chose|is telling|has "
    r"chosen)|the devil|satan|demon|demons|been chosen|chosen one|a mission|special powers|"
    r"powers|spirits|the universe|prophecy|the protection|the plan|voices|cameras|replaced|"
    r"swapped|poisoned|being watched|being followed|the signs(?! of)|the truth about|the "
    r"mission|what i know about|the messages)"
)

_NOT_HERSELF = (
    r"(not (herself|himself|myself|themselves)|not making sense|making no sense|talking "
    r"nonsense|talking gibberish|doesnt make sense|dont make sense|having a breakdown|saying "
    r"(strange|weird|odd) things|acting (strange|weird|odd)|(has|have|s|ve) changed)"
)

RULES: list[tuple[str, str]] = [
    # Figures and shadows with a purpose, that others cannot see.
    ("ps_figures",
     r"\b(shadow|shadows)\b(?! of)( \S+){0,6} (stand|stands|stood|standing|watch|watches|"
     r"watching|walk|walks|walked|walking|reach|reaches|reaching|lean|leans|leaning|carry|"
     r"carries|carrying|take|took|came|come|comes)( \S+){0,3} (the |my |our |her |his |a )?(cot|"
     r"crib|baby|her|him|me|us|bed|moses basket|babys|nursery|stairs)\b"
     r"|\b(a|an) (man|woman|figure|person|lady|old man|old woman|girl|boy|child|stranger|shape) "
     r"(\S+ ){0,2}(standing|stood|sitting|sat|leaning|crouching|watching) (at the (end|foot|"
     r"side) of|over|by|next to|beside|in the corner of) (the|my|our|her|his) (bed|cot|crib|"
     r"moses basket|room|nursery)\b(?!( \S+){0,6} (dream|dreamt|lol|haha|turned out|it was|"
     r"coat)\b)"
     r"|\b(woman|man|figure|person|shadow|lady|girl|boy|child|face|faces|someone|ghost|angel)"
     r"( \S+){0,12} (my husband|my partner|he|she|they|nobody else|no one else|everyone else|"
     r"anyone else) (cant|can not|cannot|couldnt|could not|doesnt|does not|didnt|did not) see "
     r"(her|him|it|them|anything)\b"
     r"|\b(everyone|everybody|they|people|the others)( else)? (is |are |s |were |re )?(just )?"
     r"(pretending|pretend|pretends) (that )?(they (cant|can not|cannot|dont|do not|didnt)|not "
     r"to (see|hear|notice|know))\b"
     r"|\b(light|lights|glow|an aura|aura|rays) (is |are )?(coming|pouring|radiating|shining|"
     r"beaming|streaming) (off|from|out of) (her|him|the baby|my baby)\b(?!( \S+){0,6} (window|"
     r"sun|lamp|monitor|screen|nightlight|night light)\b)"
     r"|\b(is|s) (not|no) (an )?(ordinary|normal|regular) (baby|child|human)\b( \S+){0,10} (glow|"
     r"glows|light|chosen|powers|god|angel|angels|devil|mission|sent)\b"
     r"|\b(insects|bugs|worms|spiders|creatures|parasites|ants|maggots) (\S+ ){0,2}(under|"
     r"beneath|inside) (my|her|his|the babys|babys|our babys|my babys) (skin|eyes|blood|brain)\b"),
    # Messages meant for me from screens, songs, numbers and birds.
    ("ps_meant_for_me",
     r"\b(man|woman|lady|guy|person|people|presenter|presenters|newsreader|newsreaders|"
     r"weatherman|weather man|weather girl|forecaster|dj|host) on the (weather|weather forecast|"
     r"forecast|news|tv|telly|television|radio|advert|adverts|screen)( \S+){0,3} (keeps |kept |"
     r"is |was |were |are |has been |have been )?(telling me|talking to me|talks to me|speaking "
     r"to me|speaks to me|looking at me|looked at me|looking right at me|winking at me|pointing "
     r"at me|talking about me|talking about us)\b"
     r"|\b(newsreader|presenter|presenters|the news|the tv|the telly|the radio|weatherman|the "
     r"advert|the dj)( \S+){0,4} (looked|looks|looking|stared|staring) (right|straight|directly) "
     r"(at|into) (me|my eyes)\b"
     r"|\b(was|is|were|are) (meant|intended|aimed) (only )?(for|at) me\b( \S+){0,2} (not|and not|"
     r"only) (for )?(everyone|anyone|the others|other people|anybody)\b"
     r"|\b(radio|tv|telly|playlist|songs|music|spotify|adverts|advert)( \S+){0,5} (in a|in the) "
     r"(special|certain|secret|particular|specific|coded) (order|sequence|pattern)\b( \S+){0,10} "
     r"(so|for|to tell|telling|me|i)\b"
     r"|\bevery (number|sign|song|car|plate|number plate|advert|colour|word)( \S+){0,3} (has "
     r"been|have been|were) (a )?(sign|signs|message|messages|code|clue|clues)\b"
     r"|\b(they|signs|numbers|the signs|the numbers) (all )?(point|points|pointed|pointing) (to|"
     r"at) me\b(?! (for|lol|haha))"
     r"|\b(numbers|number|digits|readings|the scales|the clock|plates|dates|the weights)( \S+)"
     r"{0,5} (are|is|were|was) (a |some kind of |some sort of |all )?(code|codes|coded|cipher|"
     r"secret code)\b(?!( \S+){0,4} (lol|haha)\b)"
     r"|\b(in morse|morse)\b( \S+){0,8} (for me|to me|me|telling)\b"
     r"|\b(message|messages|code|codes|signals|signal|instructions) (hidden|buried|encoded|"
     r"coded) (in|inside|into|within) (the|my|a|her|his|every|all)\b(?!( \S+){0,6} (lol|haha|"
     r"book|card|gift|present|puzzle)\b)"
     r"|\b(play|played|playing|plays) (it|them|the songs?|the lullaby|the recording) backwards\b"
     r"|\b(arranging|arranged|arrange|arranges|forming|formed|form|forms|lining|lined|line|"
     r"lines) (up )?themselves (up )?(into|in|to form|to spell) (letters|words|shapes|patterns|"
     r"messages|numbers|a message|signs|my name)\b"
     r"|\b(phone|tv|radio|computer|laptop|ipad|tablet|screen|monitor|baby monitor|smart speaker|"
     r"alexa|the lights|the fridge)( \S+){0,3} (is |keeps |has been |was )?(sending|sends|sent|"
     r"giving|gives|gave) (me |her |him |us )?(secret |hidden |special |coded )?(instructions|"
     r"orders|commands)\b"
     r"|\b(talking|whispering|laughing|signalling|signaling) about (me|us|me and my baby|me and "
     r"the baby|my baby)( \S+){0,10} (code|code word|code words|coded|secret word)\b"
     r"|\bwhat (she|he|the baby|my baby|it) really (is|was)\b(?! (like|doing|thinking|saying|"
     r"feeling|allergic|after|about|trying|up to|worth|called|for))"
     r"|\b(knew|know|realised|realized|could tell|can tell) (then |now |straight away )?(that )?"
     r"(they|the devil|satan|someone) (had |has |have )?sent (her|him|them|it)\b(?! (home|away|to|"
     r"a|an|the|back|for|off|out|over|round|me|some|flowers|photos|pictures|messages))"),
    # Being listened to through the house, thoughts sent on, things put inside the body.
    ("ps_listened_through",
     r"\b(listening|listen|listens|listened|watching|watch|watches|spying|recording|records|"
     r"recorded|filming) (to |on )?(me |us |everything )?(through|via|from|in|inside) (the |my |"
     r"our )?(taps|tap|pipes|radiators|radiator|floor|floorboards|ceiling|light fittings|"
     r"lightbulbs|light bulbs|drains|plug sockets)\b(?!( \S+){0,6} (lol|haha|neighbours?|next "
     r"door|arguing|music|party)\b)"
     r"|\b(sending|sends|sent|send|reading|reads|broadcasting|broadcasts|transmitting|transmits|"
     r"reporting|reports|uploading) (back )?(everything|all) i (think|thought|am thinking|m "
     r"thinking|dream)\b"
     r"|\b(took|take|taken|removed|pulled) (the |its )?(battery|batteries|sim|sim card|plug)"
     r"( out)?( \S+){0,3} (but|and) (it|they) (still|is still|are still|keeps) (knows|know|"
     r"listening|listens|watching|watches|hears|recording)\b"
     r"|\b(put|puts|putting|planted|placed|inserted|implanted|injected) something (in|into|"
     r"inside|under) (my|me|her|his|the babys|my babys|our babys) (\S+ ){0,2}(that|which|so|and|"
     r"to)( \S+){0,4} (hear|track|watch|control|read|follow|listen)\b"),
    # Everyone in on it, a test with a penalty, the baby handed to "them", a denial that
    # only deepens the belief ("he says he's alone", "the doctor says there's nothing there").
    ("ps_in_on_it",
     r"\b(hes|shes|he is|she is|theyre|they are|they re|were all|everyone is|the doctor is|the "
     r"doctors are|the midwife is|the midwives are|the nurses are|my husband is|my partner is|"
     r"my family is|my mum is) (all )?in on it\b(?!( \S+){0,6} (surprise|party|cake|present|"
     r"gift|joke|lol|haha)\b)"
     r"|\b(health visitor|midwife|midwives|nurse|nurses|doctor|doctors|gp|husband|partner|mum|"
     r"mother in law|neighbours|neighbour|family|police|social worker|the hospital|the council)"
     r"( \S+){0,2} (is|are|was|were|s|re) (all )?part of it\b(?! all)(?!( \S+){0,6} (surprise|"
     r"party|lol|haha|team|village)\b)"
     r"|\b(give|giving|gave|hand|handing|handed|sell|selling|sold) (our|the|my|her) (baby|son|"
     r"daughter|child) (over )?to (them|the devil|the cult|the aliens)\b(?! (for|while|so|at|on|"
     r"this|tomorrow|when|to|tonight))"
     r"|\bif i fail( \S+){0,4} (they|he|she|god|the devil|everyone)( \S+){0,1} (will|ll|would|are "
     r"going to|is going to) (know|take|come|punish|kill|find out)\b"
     r"|\b(they|he|she|everyone|people)( \S+){0,1} (will|ll|would|are going to) (know|find out|"
     r"realise|realize|see) (that )?(im|i am|i m) not (the|her|his) real (mother|mum|mom|parent)\b"
     r"|\b(says|said|swears|insists|insisted|tells me|told me|keeps saying|keep saying) (that )?"
     r"(hes|shes|he is|she is|he was|she was|theyre|they are|there is|theres|there was|there s|"
     r"it is|its|it s) (alone|all alone|nothing there|no one there|nobody there|not there|just "
     r"the pipes|the pipes)\b"
     r"|\b(smell|smelling|smelt|smelled) (burning|smoke|gas|rotting|death|rotten|blood|decay)"
     r"( \S+){0,8} (says|said|swears|insists) (theres|there is|there was|its|it is) (nothing|no "
     r"smell|no burning|no smoke|not)\b"),
    # Instructions from outside and bizarre protective plans: told by an angel, waiting for the
    # next steps, rituals to keep her safe, rules with a magical penalty, the family told to
    # keep the baby hidden.
    ("ps_instructions_and_rituals",
     r"\b(told|instructed|ordered|commanded|shown) by (the |an |a )?(angel|angels|god|jesus|the "
     r"devil|satan|a spirit|spirits|the spirits|the voice|the voices|the universe|a demon|"
     r"demons)\b"
     r"|\b(waiting|wait|waited) (to be told|for) (the |my )?(next|more|further) (instructions|"
     r"steps|orders|signs|sign|messages|message|signal)\b(?!( \S+){0,6} (hospital|doctor|gp|"
     r"midwife|consultant|surgery|council|nursery|clinic|school|work|appointment|results|"
     r"scan)\b)"
     r"|\bwaiting to be told (them|the rest|the next)\b"
     r"|\buntil (im|i am|i m|we are|were|she is|shes) told (to stop|otherwise|where to go)\b"
     r"(?! by (the|my|a|her) )"
     r"|\b(tell|tells|show|shows|reveal|reveals|give|gives|send|sends) (me|us|her|him) the (rest|"
     r"next part|next step|next steps) of the (plan|instructions|message|mission|prophecy)\b"
     r"|\b(the |all the )?(signs|voices|numbers|lights|birds|messages|songs) (all )?(say|said|"
     r"says|tell|told|telling|are telling|were telling) (me )?(that )?(i|we) (need|have|must|"
     r"should|got) to (leave|go|take|walk|run|hide|get out|move)\b"
     r"|\b(bury|buried|burying|burn|burned|burnt|burning)( \S+){0,4} (at midnight|in the garden "
     r"at|to keep (her|him|them|us|the baby) safe|to protect (her|him|them|us|the baby)|as an "
     r"offering)\b"
     r"|\b(count|counted|counting|touch|touched|touching|tap|tapped|tapping)( the| all the| "
     r"every)? (cars|birds|steps|tiles|people|windows|doors|lights|numbers|stairs|bricks|"
     r"leaves)( \S+){0,6} (to keep|so|or|keeps|kept) (us|her|him|them|the baby|me|my baby|"
     r"everyone) (safe|alive|protected)\b"
     r"|\b(has to|have to|must|need to|needs to|got to|should) (\S+ ){1,8}or (the baby|she|he|"
     r"they|we|my baby|it|her|him)( \S+){0,1} (will|would|ll|is going to|are going to|gets|get) "
     r"(be )?(taken|stolen|swapped|switched|replaced|cursed|possessed|disappear|vanish|taken "
     r"away|taken back)\b"
     r"|\bif i (stop|ever stop|dont|do not|take my eyes|look away|close my eyes|fall asleep|"
     r"sleep|let (her|him) go|put (her|him) down|leave (her|him))( \S+){0,4} (she|he|they|the "
     r"baby|we|it|my baby)( \S+){0,1} (will|would|ll|is going to|are going to|might) (be )?"
     r"(taken|stolen|swapped|switched|replaced|cursed|possessed|disappear|vanish|taken back|"
     r"taken away)\b"
     r"|\b(break|breaks|broke|broken|breaking|ruin|ruins|ruined|undo|undoes|undid) the "
     r"(protection|protections|circle|shield|charm|ritual|pact)\b"
     r"|\b(told|instructed|ordered|have|has|need|needs|must|been told) to keep (him|her|them|the "
     r"baby|my baby) (hidden|secret|a secret|out of sight)\b"
     r"|\bso (the angels|angels|god|the demons|demons|the devil|the spirits|spirits) (can|cant|"
     r"can not|cannot|wont|will not|will|could) (find|see|reach|get to|track|watch|take) (him|"
     r"her|them|us|the baby|me)\b"
     r"|\bbefore (the )?(flood|floods|apocalypse|end of the world|they come|they get here|they "
     r"find us|they take (her|him|the baby))\b"),
    # Mania: powers, prediction, a new religion, the secret of everything, savings given away,
    # racing ideas, a universe open to me, euphoria with days of no sleep.
    ("ps_mania",
     r"\b(convinced|believes|thinks|sure|certain|insists|knows) (that )?(she|he|i|shes|hes|im) "
     r"(has|have|had|has got|s got|ve got|got) (special |magic |super |psychic |magical |"
     r"healing )?(powers|superpowers|abilities|healing hands)\b"
     r"|\b(tried|trying|tries|try|wants|wanted) to (heal|cure) (\S+ ){0,4}(by touching|with (her|"
     r"his|my) (hands|touch|mind)|by laying)\b"
     r"|\b(able to|can|could) (predict|foresee) (everything|the future|what will happen|whats "
     r"going to happen|what is going to happen|what happens next)\b" + JOKE_AFTER
     + r"|\b(writing|wrote|written|started|starting|founding|founded|creating|created|inventing|"
     r"invented) (a |my )?(new |own )?(religion|bible|gospel|prophecy|cult)\b" + JOKE_AFTER
     + r"|\b(solved|worked out|figured out|cracked|discovered|found|know|understand|understood|"
     r"realised|realized) (it |everything |the answer )?(\S+ ){0,2}(the )?(reason for|meaning "
     r"of|answer to|secret of|secret to|truth about) (everything|it all|life|the universe|the "
     r"world|existence|humanity)\b(?!( \S+){0,8} (lol|haha|sleep|nap|naps|coffee|wine|bedtime|"
     r"feeding|cake|dummy)\b)"
     r"|\b(need|have|must|got|going|want) to (call|ring|phone|contact|tell|warn|meet) (the )?"
     r"(prime minister|president|king|queen|pope|royal family|united nations|white house)\b"
     r"(?!( \S+){0,6} (lol|haha|about)\b)"
     r"|\b(gave|given|giving|give|donated|donating|donate) (away )?(all )?(of )?(my|our) "
     r"(savings|life savings|inheritance|house deposit|pension)\b"
     r"|\bmoney (wont|will not|doesnt|does not|wont even) matter (after|soon|anymore|once)\b"
     r"|\b(head|mind|brain) (is |s )?(so |too )?(full of|racing with|bursting with|buzzing with|"
     r"exploding with) (ideas|plans|projects|inventions)\b(?! for)( \S+){0,6} (cant keep up|too "
     r"fast|so fast|at once)\b"
     r"|\b(bought|registered|buying|registering) (\d+|several|loads of|so many|ten|six|five|"
     r"dozens of) (domains|domain names|websites|businesses|companies)\b"
     r"|\bi (feel|felt) (so |really |incredibly |completely |totally )?(powerful|invincible|"
     r"unstoppable|limitless|superhuman|godlike|like a god)\b( \S+){0,15} (put here|dont (even )?"
     r"need (to )?(eat|sleep)|chosen|havent slept|mission|destined)\b"
     r"|\bthe universe (is |has )?(completely |totally |fully |finally )?(open|opened|opening|"
     r"revealing|revealed|aligned|aligning|unlocked) (itself )?(to|for|with) me\b"
     r"|\b(happiest person alive|happiest ive ever|euphoric|invincible|unstoppable|so much energy"
     r"|boundless energy|very fast|too fast|wonderful|limitless|on top of the world)\b( \S+)"
     r"{0,20} (havent|have not|hasnt|has not|not|barely|without|no) (slept|sleep|sleeping)"
     r"( \S+){0,3} (in|for|since) (\S+ ){0,2}(days|nights|the birth|birth|\d+ (days|nights)|"
     r"two|three|four|five|several)\b"),
    # The world or the self unreal: another version of my life, outside my body, the old me
    # standing beside me.
    ("ps_other_version",
     r"\b(version|copy) of (my|this|our|her|his) (life|world|reality|house|family)( that| which)?"
     r" (isnt|is not|wasnt|was not|arent) (the )?real\b"
     r"|\b(im|i am|were|we are|i m|she is|shes|i think im|i think we are) (in|living in|stuck "
     r"in|trapped in) (a|the|another|some) (wrong|parallel|alternate|alternative|fake) (timeline|"
     r"reality|dimension|universe)\b" + JOKE_AFTER
     + r"|\b(cant|can not|cannot|couldnt) tell (if|whether) (im|i am|this is|anything is|any "
     r"of this is|were|we are) (real|alive|dead)\b"
     r"|\bnothing (feels|is|seems) real\b( \S+){0,10} (pinching|awake|dead|alive|simulation|"
     r"fake)\b"
     r"|\b(im|i am|i m|i was|i felt|i feel|i feel like im|i feel like i am|where im|where i m|"
     r"where i am) (not in|outside|outside of|out of|floating out of|above) my (own )?body\b"
     r"|\bwatching (myself|my body|me) (\S+ ){0,3}from (across|the other side of|the corner of|"
     r"the end of|outside) (the )?(room|bed|kitchen)\b"
     r"|\b(the old me|my old self|another me|a copy of me|my double|the real me)( \S+){0,2} (is "
     r"|was )?(standing|sitting|watching|following|next to|beside|behind|talking to me|"
     r"staring)\b" + JOKE_AFTER),
    # The family's worry: "not herself" or "not making sense" next to a strange belief, or a
    # named adult talking fast and not making sense.
    ("ps_not_herself",
     r"\b" + _NOT_HERSELF + r"\b( \S+){0,25} " + _STRANGE_BELIEF + r"\b"
     r"|\b" + _STRANGE_BELIEF + r"\b( \S+){0,25} " + _NOT_HERSELF + r"\b"
     r"|\b(wife|partner|girlfriend|daughter|sister|mum|fiancee|fiance|husband|boyfriend)"
     r"( \S+){0,3} (is |s |keeps |has been |been |was )?(not making "
     r"sense|making no sense|talking gibberish|saying things that (dont|do not|didnt) make "
     r"(any )?sense|(speaking|talking) (too|so|really|very|super) fast)\b(?!( \S+){0,6} (lol|"
     r"haha|tired|tiredness|sleep deprived|exhausted|baby brain)\b)"),
]

EXAMPLES = Examples(
    must_match=(
        "nothing feels real and i cant tell if im awake. i've been pinching myself for hours",
        "all the signs say i need to leave the house with her and walk until i'm told to stop",
    ),
    must_not_match=(
        "is it normal to feel detached and like things arent real when sleep deprived",
        "did anyone else find the baby monitor picking up weird voices from other people's "
        "monitors",
    ),
)

"""Omens, private meanings and relatives' reports: confusion and delusions about the birth,
private meanings in ordinary things, omens and orders, a relative's report of strange beliefs,
proofs of destiny, tampering, the parent's own conviction, casting something out, mania seen by
others.

Borderline: a relative's report counts when it names a belief strange in itself (tiredness words
are left out on purpose); worry about how an illness affected the baby is ordinary.
"""

from safety.rules.family import Examples
from safety.rules.psychosis.terms import JOKE_AFTER

# A relative writing about a new mother: who she is to them, then (within a message) a
# belief or behaviour that is strange in itself. Tiredness words are left out on purpose.
_CARER = (
    r"(my wife|my partner|my girlfriend|my daughter|my sister|my fiancee|my daughter in law|my "
    r"sister in law|my brothers wife|my sons partner|my sons girlfriend|my other half|my missus|"
    r"the mrs|my sons wife|my brothers girlfriend|my cousin|(she|he) (says|said|"
    r"thinks|believes|is convinced|keeps saying|insists))"
)

_STRANGE_TO_OTHERS = (
    r"(going on about the devil|the devil (is|wants|has)|satan|demons|angels (are|told|want|"
    r"sent)|(is|s) holy|baby is cursed|the curse|possessed|imposter|impostor|spying|spies|"
    r"poisoned|poisoning|tampered with|implanted|microchip|a tracker|cameras (pointed|watching|"
    r"hidden|in the walls|everywhere)|the mission|prophecy|the end of the world|save (everyone|"
    r"the world)|(have|has|need|needs) to escape|people in the (loft|walls|attic)|someone who "
    r"isnt there|people who arent there|laughing at nothing|(messages|words|symbols) (all )?"
    r"(over|on) the walls|rearranging the furniture|talking nonstop|see the future|predict the "
    r"future|mother of god|talks to god|talking to god|god (told|tells|is telling) her|hears "
    r"voices|hearing voices|hearing things|seeing things|being followed(?! (at|in|by|round|"
    r"around))|being watched(?! (at|in|by|while|when|feeding))|being poisoned|aliens|mi5|the "
    r"secret service|hidden messages|secret messages|coded|spirits|ghosts|special powers|not "
    r"her baby|isnt her baby|not hers|isnt hers|the baby is evil|the baby is the devil)"
)

# The parent's own conviction, framed as one ("i'm convinced", "nobody believes me", "i know
# how this sounds"), followed in the message by something strange in itself.
_CONVICTION = (
    r"(i know|i just know|im sure|i am sure|im certain|i am certain|im convinced|i am convinced|"
    r"i realised|i realized|ive realised|ive realized|i worked out|ive worked out|i found out|"
    r"ive found out|nobody believes me|no one believes me|noone believes me|they think im (mad|"
    r"crazy|mental)|i know how (this|it) sounds|this will sound (mad|crazy)|im not (mad|crazy))"
)

RULES: list[tuple[str, str]] = [
    # Confusion, catatonia and delusions about the birth itself: not recognising her own
    # baby, staring without answering, "says she was never pregnant", visions, a world that
    # will suffer because of me, "they're coming for us", "or the devil will take her".
    ("ps_confused_and_doomed",
     r"\b(wife|partner|girlfriend|daughter|sister|fiancee|husband|she|he) (\S+ ){0,2}(doesnt|"
     r"didnt|does not|did not|cant|couldnt|can not|cannot) (recognise|recognize|know) (me|her own "
     r"baby|his own baby|the baby|her baby|where she is|who i am|who she is|what day it is)\b"
     r"(?!( \S+){0,8} (lol|haha|glasses|haircut|hair|beard|hat|mask|yet|weeks|months)\b)"
     r"|\b(wife|partner|girlfriend|daughter|sister|fiancee|husband) (\S+ ){0,3}(stares|staring|"
     r"stared|sits|sitting|sat) (at the wall|into space|blankly|at nothing|for hours)( \S+){0,6} "
     r"(wont|doesnt|not|didnt|cant|wouldnt) (speak|talk|respond|answer|move|eat)\b"
     r"|\b(says|said|insists|believes|thinks|convinced) (that )?(she|i|he)( \S+){0,1} (never "
     r"(had a baby|gave birth|was pregnant|been pregnant|pregnant)|wasnt (ever )?pregnant|"
     r"doesnt have a baby|has no baby|didnt give birth)\b"
     r"|\b(vision|visions) (from|of) (god|angels|an angel|the future|the devil|heaven|hell|the "
     r"end)\b"
     r"|\b(everyone|the world|the whole world|everybody|the baby) (will|is going to|are going "
     r"to) (suffer|die|burn|be punished) (because of|for) (me|my sins|what i)\b"
     r"|\b(being )?punished (by god|for my sins)\b"
     r"|\b(they|theyre|someone|people|the government|men)( are| is| re)? coming for (us|me|the "
     r"baby|her|him)\b(?! (at|tomorrow|later|on|in|to|with|for|after))"
     r"|\bor (else )?(the devil|satan|demons|evil|the spirits|they)( \S+){0,1} (will|ll|would|is "
     r"going to|are going to) (take|get|claim|come for|possess) (her|him|them|the baby|my baby|"
     r"us)\b"
     r"|\bsmell (death|the devil|evil|rotting|decay) (on|from|in) (her|him|the baby|my baby)\b"
     r"|\bsecretly (working|reporting|spying) for (them|the devil|the government|mi5|aliens)\b"),
    # Private meanings in ordinary things ("green is their colour", a blanket's pattern is a
    # map, the baby's cries are a code), animals that speak, faces turning into others, the
    # baby to be given back to god or the fairies, things kept from mirrors and wifi.
    ("ps_private_meanings",
     r"\b(is|are|was) their (colour|color|sign|symbol|signal|code|number|mark|uniform)\b"
     r"|\b(pattern|patterns|wallpaper|blanket|carpet|tiles|curtains|clouds|stains|cracks)"
     r"( \S+){0,5} (is|are) (a )?(map|maps|message|messages|code|codes|instructions|warning)\b"
     r"(?! of)" + JOKE_AFTER
     + r"|\b(cries|crying|cry|screams|coos|babbles)( \S+){0,4} (in (a )?(code|morse)|are (a )?"
     r"(code|message|messages|signals))\b" + JOKE_AFTER
     + r"|\b(the )?(cat|dog|cats|dogs|birds|bird|crows|crow|magpies|magpie|pigeons|fox|foxes)"
     r"( \S+){0,3} (told|tells|telling|warned|warns|warning|speaks to|spoke to|talks to|talked "
     r"to|talking to|speaking to) me\b" + JOKE_AFTER
     + r"|\b(face|faces|eyes) (keeps |keep |is |are |kept )?(changing|shifting|morphing|melting|"
     r"turning) into\b"
     r"|\b(give|giving|send|sending|return|returning) (her|him|the baby|my baby) back (to )?(god|"
     r"heaven|the fairies|the angels|where (she|he) came from|the stars|the sea)\b"
     r"|\bkeep (her|him|the baby|my baby) away from (the )?(mirrors|wifi|metal|electricity)\b"
     r"|\b(time|the clocks|clocks) (has|is|are|have) (stopped|going backwards|gone backwards|"
     r"looping|frozen)\b(?!( \S+){0,6} (since|lol|haha|when)\b)"
     r"|\bsee (through|inside) (walls|people|bodies|the walls)\b"),
    # Structural signs of a delusion rather than its content: an omen read off something
    # ordinary ("which means tonight is not safe"), acts done "because they told me to",
    # protective purposes against vague agents ("so nothing can get in", "so they can't find
    # her"), answering voices, devices in the house recording us, holes drilled to watch her,
    # a job or a return date for the baby, checks that she hasn't been replaced.
    ("ps_omens_and_orders",
     r"\bwhich (means|meant) (that )?(tonight|today|tomorrow|the house|this house|we|were|they|"
     r"theyre|it)( \S+){0,1} (is|are|re|s|isnt|arent|will|wont)( \S+){0,1} (not safe|unsafe|in "
     r"danger|coming|dangerous|safe)\b"
     r"|\bbecause (they|the voices|the voice|god|the angels|it|the baby|the signs) (told|tell|"
     r"tells|said|ordered|instructed) me to\b(?!( \S+){0,8} (hospital|ward|midwife|midwives|"
     r"nurse|nurses|doctor|gp|health visitor|clinic|class|nct|feed|feeding|bottle)\b)"
     r"|\bso (nothing|nothing evil|nothing bad|they|the spirits|them) (can|cant|can not|cannot|"
     r"will|wont|could|couldnt) (get in|find (her|him|us|the baby)|take (her|him|the baby))\b"
     r"(?!( \S+){0,4} (lol|haha|bugs|flies|draught|mice|the cat|the dog)\b)"
     r"|\b(garlic|holy water|crosses|iron nails|salt)( \S+){0,8} (so (nothing|they|it|evil)|to "
     r"keep (\S+ )?(out|away|safe)|to protect (her|him|the baby))\b" + JOKE_AFTER
     + r"|\b(backwards|in reverse)( \S+){0,4} (to protect|so (they|nobody|no one|nothing))\b"
     r"|\b(the council|the government|the hospital|the authorities|the cult|the people|they) "
     r"(will|would|might|could|can) (recognise|recognize|identify|mark) (her|him|us|the baby|"
     r"my baby)\b"
     r"|\b(answering|answers|talking to|replying to|responding to) (questions|voices|people|"
     r"someone) (that )?(nobody|no one|noone) (asked|said|else can hear)\b"
     r"|\b(hear|hearing|heard) (?!(\S+ ){0,3}(crying|cry|cries|baby|the baby|her|him|phone|"
     r"ringing|the neighbours|neighbours|next door|upstairs|the tv|the radio|music)\b)"
     r"(\S+ ){0,10}(says|said|insists|swears|tells me) (its|it is|it was|theres|there"
     r" is) (silent|quiet|nothing|no noise|no sound|no music|no singing)\b"
     r"|\b(smoke alarm|alarm|lights|lightbulb|bulb|socket|sockets|plug|plugs|tv|fridge|"
     r"microwave|router|meter|smart meter|thermostat|speaker|teddy)( \S+){0,5} (is |are |s |"
     r"keeps |has been )?(recording|filming|watching|listening to|spying on|tracking|reporting "
     r"on) (us|me|her|him|the baby|everything)\b"
     r"|\b(drilled|drill|drilling) (it|a hole|holes)( \S+){0,3} to (watch|spy on|see|film|"
     r"listen to) (her|him|us|me|the baby)\b"
     r"|\b(they|them|someone|people)( \S+){0,2} (can|could) (hear|see|watch|listen|track) (us |me"
     r" |her |him |everything )?(through|via) (it|the phone|my phone|the tv|the sockets|the "
     r"lights|the smoke alarm|the taps|the plugs|the fridge)\b"
     r"|\b(drilled|drill|drilling|made|cut) (\S+ ){0,3}(hole|holes|peephole) (\S+ ){0,6}(to "
     r"(watch|spy on|see|film|listen to)|so (they|he|she|someone) can (watch|see|spy|film|"
     r"listen))\b"
     r"|\b(the baby|she|he|my baby|our baby) (has|have|s got|has got) (a|an|her|his) (job|task|"
     r"purpose|mission|role|destiny) (to do|to fulfil|to complete|on earth|in this world|here)\b"
     + JOKE_AFTER
     + r"|\b(come|came|here|born|sent) to (finish|complete|continue|fulfil|fulfill) (what|the "
     r"work|gods|jesus|his|the mission)\b"
     r"|\b(god|the devil|angels|jesus|the dead|spirits|the universe|satan) (speaks|spoke|talks|"
     r"talked|is speaking|is talking|communicates|communicating|whispers) (to me |to us )?"
     r"(through|via|in) (the|my|her|his)\b"
     r"|\b(initials|name|birthday|birth weight|date of birth)( \S+){0,4} on (the|a|their) (plate|"
     r"plates|registration|number plate|number plates)\b( \S+){0,10} (telling me|they know|"
     r"means|sign|message|warning|meant for me)\b"
     r"|\b(song|songs|radio|tv|spotify|news|adverts|plates|numbers|clock)( \S+){0,12} (they are|"
     r"theyre|it is|its) (warning|telling|trying to tell|signalling) me\b"
     r"|\b(brought|gave|handed|sent) (\S+ ){0,3}(the )?wrong (one|baby|child) (back|home)\b"
     r"|\b(it|that|this) (isnt|is not|wasnt|was not|s not) the same (man|person|woman|baby|child|"
     r"husband|wife|mum)\b" + JOKE_AFTER
     + r"|\b(make sure|check|checking|to see if|in case) (that )?(she|he|the baby|it|they|my "
     r"husband|my partner) (hasnt|has not|havent|wasnt|isnt|has|have|was) (been )?(replaced|"
     r"swapped|switched)\b" + JOKE_AFTER
     + r"|\b(baby|she|he|her|him)( \S+){0,4} (must|has to|needs to|will have to|is to) be "
     r"(returned|given back|sent back|sacrificed|offered|handed back)\b(?! to (the )?(hospital|"
     r"ward|nicu|unit|cot|crib|nursery|midwife))"
     r"|\b(havent|have not|hasnt|has not) (needed|felt the need for|wanted) (to )?(sleep|any "
     r"sleep|rest)\b(?! (much|as much|during|in the|at|until|til|when|if|so|tonight|today|yet))"
     r"|\b(up|awake) since (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the birth)"
     r"( \S+){0,20} (brilliant|amazing|fantastic|incredible|energy|buzzing|wired|not tired|"
     r"powerful|invincible|cleaned|reorganised|rearranged)\b"),
    ("ps_relative_reports",
     r"\b" + _CARER + r"\b( \S+){0,30} " + _STRANGE_TO_OTHERS + r"\b" + JOKE_AFTER),
    # Vague "they" after the baby, proofs of a special destiny, and plans to end world hunger.
    ("ps_they_and_proofs",
     r"\bthey (want|wants|are after|re after|are coming for|re coming for|will come for|will "
     r"take|are going to take|re going to take|have marked) (her|him|the baby|my baby|us)\b"
     r"(?! (back|for|to|bloods|blood|in|out|home|temperature|weight|off|up|down|round|through|"
     r"away for|at|on|tomorrow|today|later|after|soon|this|next|in|with|from))" + JOKE_AFTER
     + r"|\b(which|that|this) (proves|confirms|shows|means) (that )?(she|he|the baby|i|we|it|"
     r"they) (is|am|are|was|were|s|re) (chosen|sent|meant|the one|not (mine|ours|real|human)|"
     r"evil|holy|special)\b" + JOKE_AFTER
     + r"|\b(figured out|worked out|found|discovered|know) (how to )?(end|cure|solve|fix|stop) "
     r"(world hunger|cancer|poverty|war|wars|climate change|all disease|death)\b" + JOKE_AFTER),
    # Omens, oracles and tampering: the cot lined up with the stars, a baby who cries when
    # someone lies, devices that blink when she is in danger, names written on walls to keep
    # her, things "contaminated by the neighbours", visions of what will happen, codes that
    # tell them where we are, everyone reading from a script, someone in the loft, my blood
    # swapped, a baby who can heal people.
    ("ps_omens_and_tampering",
     r"\b(lines up|line up|lined up|aligned|align|aligns) (with )?(the )?(stars|moon|planets)\b"
     + JOKE_AFTER
     + r"|\b(the baby|she|he)( \S+){0,3} (only )?(cries|screams|smiles|laughs) when (someone|"
     r"he|she|my husband|my partner|people|they) (is |are |s )?(lying|lies|evil|dangerous)\b"
     r"|\b(they|the hospital|the doctors|the nurses|someone|the midwives) (did|have done|ve "
     r"done|has done|done) something to (me|her|him|the baby|my brain|my body|my head)\b(?!( \S+)"
     r"{0,1} (hip|hips|leg|legs|arm|arms|foot|feet|cannula|line|tube|heel|back|tongue|tie|"
     r"stitches|scar|cord|belly|eye|eyes|ear|ears|skin|nappy|bottle|feed|feeds|meds|medication|"
     r"when|during|in)\b)"
     r"|\b(router|wifi|lights|light|lamp|monitor|tv|clock|phone|fridge|microwave)( \S+){0,3} "
     r"(blinks|blink|flashes|flash|flickers|flicker|beeps|beep|buzzes|changes colour)( \S+){0,4}"
     r" (when|whenever|every time|if) (she|he|shes|hes|the baby|we|i|they|theyre|someone)"
     r"( \S+){0,2} (is |are |"
     r"s )?(in danger|lying|coming)\b"
     r"|\b(wrote|write|writing|written|painted|carved|scratched) (\S+ ){0,6}(on|all over|across) "
     r"(the )?(walls|wall|floor|mirror|mirrors|windows|her skin|my skin|my arms)\b( \S+){0,6} "
     r"(to (keep|protect|stop|save)|so (she|he|they|it))\b"
     r"|\b(contaminated|poisoned|cursed|tainted) by (the neighbours|them|the hospital|the "
     r"nurses|my husband|my mother in law|someone|the devil|the council)\b(?! food)" + JOKE_AFTER
     + r"|\b(a |its a |it is a )?(vision|premonition|prophecy) of (what will happen|what is going "
     r"to happen|whats going to happen|whats coming|her death|his death|the end)\b"
     r"|\b(code|chip|bracelet|tag|sticker|implant|vaccine|jab)( \S+){0,8} (tells|tell|lets|"
     r"shows|show) them where (we|i|she|he)\b"
     r"|\b(everyone|everybody|people|they) (is|are|s|re) (reading|acting) (from a script|a "
     r"script|their lines)\b"
     r"|\b(working|conspiring|plotting|in league|in cahoots|teaming up) with (\S+ ){0,3}to (take|"
     r"steal|get rid of|poison|hurt|kill|section|lock up) (her|him|me|the baby|us)\b"
     r"|\b(cant|can not|wont|will not|dont) let (anyone|anybody|anyone else|anybody else|"
     r"people|them|him|my husband) (\S+ ){0,2}(hold|touch|near|see) (her|him|the baby)( \S+)"
     r"{0,3} because (\S+ ){0,8}(will|ll|would) (be taken|be cursed|be poisoned|be swapped|take "
     r"her|take him|steal)\b"
     r"|\b(thousand|million|hundred|so many|hundreds of|thousands of|millions of) (ideas|"
     r"plans)( \S+){0,10} (write (them|it) (all )?down|cant keep up|at once|so fast|too fast|"
     r"before i lose them)\b" + JOKE_AFTER
     + r"|\b(she|he|the baby|my baby) (can|could) (heal|cure) (people|everyone|anyone|the sick|"
     r"illness|diseases)\b"
     r"|\b(say|said|saying|talking|whispering|laughing)( \S+){0,4} (my name|about me|about us|"
     r"about the baby) through the (wall|walls|ceiling|floor)\b"
     r"|\b(there is|theres|there s|there are|theres been) (someone|somebody|people|a man|a "
     r"woman|a person|men) (in|living in|hiding in|up in) (the|our|my) (loft|attic|walls|wall|"
     r"cellar|basement|roof|wardrobe|cupboard)\b(?!( \S+){0,6} (lol|haha|builder|builders|"
     r"electrician|plumber|fixing|insulation|mice|roofer)\b)"
     r"|\b(switched|swapped|replaced) my (blood|organs|heart|brain|dna|soul)\b"),
    ("ps_convinced",
     r"\b" + _CONVICTION + r"\b( \S+){0,25} " + _STRANGE_TO_OTHERS + r"\b" + JOKE_AFTER
     + r"(?!( \S+){0,6} (tiredness|tired|sleep deprivation|lack of sleep|phantom|exhaustion|"
     r"exhausted)\b)"),
    # Casting something out of the baby; dying so that the baby can live.
    ("ps_cast_out",
     r"\b(get|drive|cast|force|pray|beat|burn|cut|drown|drag) (the |a )?(demon|devil|evil|spirit|"
     r"evil spirit|darkness) out of (her|him|the baby|my baby|me)\b"
     r"|\b(has to|have to|must|need to|needs to) die so (that )?(the baby|she|he|they|everyone|"
     r"the world) (can|will|could) (live|be saved|be safe)\b"),
    # Mania seen by others: a named adult talking a mile a minute, cards maxed out with no
    # sleep, days without sleep spent starting projects and buying things.
    ("ps_mania_seen",
     r"\b(wife|partner|girlfriend|daughter|sister|fiancee|husband|boyfriend)( \S+){0,4} (talking|"
     r"talks|speaking|speaks) (nonstop|non stop|a mile a minute|at a hundred miles an hour|so "
     r"fast i cant follow)\b" + JOKE_AFTER
     + r"|\bmaxed out (the|our|my|her|his) (card|cards|credit card|credit cards|overdraft)\b"
     r"( \S+){0,15} (not slept|hasnt slept|havent slept|no sleep|energy|ideas|manic|racing|"
     r"buzzing|cant stop)\b"
     r"|\b(hasnt|havent|has not|have not|not|barely) (slept|sleeping)( \S+){0,6} (and|but) "
     r"(keeps|is|has been|have been|ive been|shes been|hes been) (starting|ordering|buying|making "
     r"lists|writing|planning|launching) (\S+ ){0,2}(projects|businesses|things|stuff|plans|"
     r"lists|books|websites)\b"),
]

EXAMPLES = Examples(
    must_match=(
        "my wife hasnt slept in three days, keeps saying the baby is holy and that strangers "
        "are coming for him. shes not herself at all",
        "my sister had her baby 5 days ago and is acting really strange, paranoid, saying the"
        " midwives are poisoning her",
    ),
    must_not_match=(
        "does my baby prefer my voice to strangers",
        "after being in hospital with my mental health im scared my illness has affected my "
        "son, will he be ok",
    ),
)

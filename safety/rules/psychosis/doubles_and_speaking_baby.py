"""Someone close replaced by a double, a newborn who speaks, and a house that is alive.

Borderline: "my mum is not my mum", "same face but not her" and "the baby spoke to me, full
sentences" are psychosis; a baby who "talks with her eyes" or in her own babble, and feeling
"a different person" since the birth, are ordinary; a joke after it ("lol") softens it.
"""

from safety.rules.family import Examples
from safety.rules.psychosis.terms import JOKE_AFTER

_PERSON = (
    r"(mum|mother|husband|partner|wife|dad|father|baby|son|daughter|boyfriend|girlfriend|"
    r"sister|brother|mother in law)"
)

RULES: list[tuple[str, str]] = [
    # Phrase families for postpartum psychosis described without its words (b_crisis training
    # part). Each family names the experience, not one message: a person or baby replaced, the
    # baby speaking or chosen, messages from screens and numbers, surveillance through the house,
    # senses others do not share, mania, unreality, bizarre protective plans, and the family
    # noticing "not herself" next to a strange belief.
    # Someone close replaced by a double: "my mum is not my mum", "same clothes but not him",
    # "coming back as someone slightly different", "she says she is the real mother".
    ("ps_double",
     r"\b(my |our |her |his )?" + _PERSON + r" (is not|isnt|s not|is no longer) (really )?"
     r"(my|our|her|his) (real )?" + _PERSON + r"\b" + JOKE_AFTER
     + r"|\bsame (face|clothes|voice|body|eyes|hair|smile)( \S+){0,4} but (its |it s |it was |"
     r"hes |shes |he is |she is |theres )?(not (him|her|them|really|my)|something (behind|else|"
     r"different|wrong))\b"
     r"|\b(coming back|comes back|came back|returned|returns) as (someone|somebody|something|a "
     r"different (person|man|woman|baby))\b"
     r"|\b(keeps saying|says|said|claims|claiming|pretends|pretending) (that )?(hes|shes|he is|"
     r"she is|to be) (my|our|her|his|the) (real )?(husband|partner|wife|mum|mother|baby|son|"
     r"daughter|dad|boyfriend|girlfriend)\b" + JOKE_AFTER
     + r"|\b(she|he) (says|said|claims|claimed|told me) (that )?(she|he) (is|s|was) (the|her|"
     r"his) real (mother|mum|mom|father|dad|parent)\b"
     r"|\b(knew|know|could tell|can tell|realised|realized|sure|certain|convinced)( then| now|"
     r" straight away)?( that)? (it|that|this|she|he) (wasnt|isnt|is not|was not) (really )?"
     r"(her|him|my baby|mine|my son|my daughter|my husband|my partner|my mum)\b"
     r"(?! (fault|who|that|doing|crying|lol|haha))"
     r"|\b(they|someone|somebody|people|the fairies|the nurses) (took|taken|stole|swapped|"
     r"switched|have taken|ve taken) (mine|my real one|the real one|my real (baby|son|daughter|"
     r"husband|partner))\b"
     r"|\b(my|our|the|her|his) real (baby|son|daughter|child|husband|partner|mum) (was|has "
     r"been|is|s|got|had been) (taken|stolen|swapped|switched|hidden|somewhere|elsewhere|still "
     r"(in|at|out))\b"
     r"|\b(my|our|the|her|his) (real )?(baby|son|daughter|child|newborn|husband|partner) (was|"
     r"has been|had been|got|s been|were) (swapped|switched|replaced|exchanged)\b(?! (to|onto|"
     r"over|from|into|out|round|for))(?!( \S+){0,8} (lol|haha|formula|bottle|nappy|nappies|"
     r"ward|room|cot|shift)\b)"
     r"|\b(the one|this one|this baby|the baby|baby|she|he|it)( in the (cot|crib|moses basket|"
     r"pram))? (is|s) (a |just a |only a )?(replacement|substitute|stand in)\b"
     r"|\bthey (got|have got|ve got|have gotten|get) to (her|him|them|my \S+) (too|as well|"
     r"already|now)\b"),
    # A newborn speaking, telling or showing things ("the baby spoke to me. full sentences",
    # "heard the baby say help me", "a language only they share").
    ("ps_baby_speaks",
     r"\b(the baby|my baby|our baby|her baby|his baby|the newborn|my newborn|our newborn|"
     r"baby) (\S+ ){0,3}(spoke|speaks|speaking|talked|talks|talking|said|says|whispered|"
     r"whispers) (to (me|her|him|us) )?(\S+ ){0,2}(in )?(full |whole |proper |real |clear )?"
     r"(sentences|through (dreams|my dreams|her dreams|his dreams|my mind|her mind|thoughts)|"
     r"in a (voice|language))\b(?!( \S+){0,10} (lol|haha|hehe|babble|babbling|gibberish|cute|"
     r"adorable)\b)"
     r"|\b(the baby|my baby|our baby|her baby|his baby|the newborn|my newborn|our newborn) "
     r"(has |had )?(told|tells|showed|shown|has shown) (me|her|him|us)\b(?!( \S+){0,6} (its|it "
     r"is|when|she is|hes|shes|he is|she needs|he needs|lol|haha|hungry|tired|off|to feed)\b)"
     r"|\b(heard|hear|hears|hearing) (the baby|my baby|our baby|the newborn) (say|saying|said|"
     r"speak|speaking|whisper|whispering)\b(?! (mama|mummy|mum|dada|daddy|dad|her first|his "
     r"first|first|hi|hiya|no|uh oh|bye|baba|something like|what sounded))"
     r"|\b(language|code|words) (that )?only (we|they|she and i|he and i|the two of us|us two|"
     r"me and (her|him|the baby)) (share|understand|know|speak|can understand)\b"
     r"|\b(told|tells|telling) (me|her|him) (that )?(i was|im|i am|i have been|she was|she is|"
     r"shes|she has been) (chosen|the chosen|a prophet|special and)\b"),
    # The house alive, and voices or crying from inside it ("the walls breathe", "a baby
    # crying in the walls", "it talks to me about her", "tiny lights ... sing to me").
    ("ps_house_alive",
     r"\b(the )?(walls|wall|ceiling|floor|furniture|house|vents|curtains|wallpaper) (have |has )?"
     r"(started |start |begun |keep |keeps )?(breathe|breathes|breathing|whisper|whispers|"
     r"whispering|talk|talks|talking|speak|speaks|speaking|watch|watches|pulse|pulses|pulsing|"
     r"move in and out|moving in and out|moves in and out)\b(?!( \S+){0,6} (lol|haha|wind|"
     r"draught|thin)\b)"
     r"|\b(tiny|little|small|invisible) (people|men|women|person|man|woman|creatures|figures)"
     r"( \S+){0,2} (living|hiding|staying|live|hide|come out)\b"
     r"|\b(baby|babies|child|children|someone|somebody|people|a woman|a man|voices|a voice) "
     r"(crying|screaming|talking|singing|whispering|laughing|living) (in|inside|behind) the "
     r"(walls|wall|ceiling|floor|pipes|vents)\b"
     r"|\b(it|the lights|lights|shadows|the shadows|colours|the colours|flowers|trees|stars|toys|"
     r"furniture|the walls|the house|objects|they) (\S+ ){0,2}(sing|sings|singing|talk|talks|"
     r"whisper|whispers|whispering) to me (about|at night|every|when)\b"
     r"|\b(lights|orbs|sparks|figures|faces|shapes)( \S+){0,3} (dancing|floating|flying|circling|"
     r"spinning|hovering) (around|over|above|near) (her|his|my|the babys|the) (head|cot|crib|"
     r"body)\b(?!( \S+){0,6} (mobile|projector|nightlight|night light|toy|lamp|lol)\b)"
     r"|\b(lights|orbs)( \S+){0,12} (and )?they (sing|talk|whisper|speak) to me\b"),
]

EXAMPLES = Examples(
    must_match=(
        "there are tiny lights dancing around her head every night and they sing to me",
        "my mum came round and she was different. her voice was slightly off. they got to her too",
    ),
    must_not_match=(
        "i swear the baby talks to me with her eyes",
        "i feel like a completely different person since having him, is that normal? not bad,"
        " just different",
    ),
)

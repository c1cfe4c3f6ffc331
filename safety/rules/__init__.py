"""The crisis and distress patterns, one list per category, each rule with a stable id.

Patterns read the normalised message (see safety/normalise.py): lower case, no apostrophes ("dont",
"im", "theyd", "hell" for "he'll"), no punctuation, stretched letters folded ("sooo" → "so") but
real doubled letters kept ("good", "kill"). They are written in ordinary spelling. Plain "("
groups are made non-capturing when compiled, so a rule reads like the phrase it catches.

They match phrases, not lone words, so "this teething is killing me" or "what is postpartum
psychosis" stay ordinary, while "they'd all be happier if i wasnt around" does not.

Decisions on borderline messages (the labelled sets in tests/data follow them):
- When unsure between crisis and not for self-harm, harm to the baby or a baby emergency, it is
  a crisis: any suicide word about oneself or someone else ("can pnd make you suicidal?"),
  "what do i do if my baby stops breathing", a baby "choking" on something.
- Saying one would not act is no escape ("i wouldnt do anything but they'd be better off").
- Questions about a topic are ordinary ("what is self harm", "signs of a seizure in a baby",
  "is it normal for a newborn to stop breathing for a few seconds"), as are questions about a
  thing's risk ("could the cot bumper suffocate him?").
- Hyperbole is ordinary ("i'd kill for a nap", "i could strangle him for snoring", "screaming
  blue murder"); so are normal newborn quirks (phantom crying, blue hands and feet, eyes
  rolling as they drift off) and sibling rough play ("my toddler keeps hitting the baby").
- Fear of hurting the baby by accident is distress; thoughts or urges to hurt the baby, or
  having hurt the baby, are harm_to_baby. Anger at a crying baby with no harm is distress.
- Category order (first wins): baby_emergency, harm_to_baby, self_harm_suicide, psychosis,
  abuse. Voices telling someone to hurt themselves read as self-harm; voices telling them to
  hurt the baby read as psychosis (FIRST_RULES); all lead with 999.
- The category follows who is at risk. The parent asking how many pills "to not wake up", or
  saying the baby "would be better off without me", is self-harm. A choking (or drowning)
  baby is a baby emergency, never harm_to_baby ("a choking baby" describes the baby); first
  aid for a choking baby and "choking vs gagging" are questions.
- A threat that hangs on what the parent does ("he said he'd hurt the baby if i go to my
  mums", "he'll kill me if i leave") is abuse, checked before every category (FIRST_RULES);
  the abuse reply leads with the emergency number "if you or your baby are in danger" and
  lists the domestic abuse line and the child line. A threat because the baby cries ("if
  she doesn't shut up he'll make her") is harm_to_baby.
- Harm needs someone doing it to the baby: the baby's own movements ("she shook her head",
  "he kicked his legs") and pinched cheeks are not harm (idioms read by harm_to_baby only).
- Doubt about breathing ("i dont think shes breathing", "cant tell if hes breathing") is a
  baby emergency; worry that the baby might stop breathing, periodic pauses and checking
  are not.
- Topic words need a first-person, present situation: "im hallucinating", "hes having a
  seizure", "i think this is coercive control" fire; "can lack of sleep cause
  hallucinations", "what does a febrile seizure look like", "is coercive control a crime",
  research on suicide rates do not. "suicidal" about oneself always fires.
- A hedge anywhere in the clause (lol, teething demon, monitor or telly voices, ads, "then was
  fine") softens a strange-sounding remark; it never softens self-harm or harm to the baby.
- Asking for a helpline number ("domestic abuse helpline") is distress: the answer plus one
  line pointing to /helplines.
- A situation described without its topic word counts like the word: preparations ("tied
  something to the banister", "letters for the kids to open when they're older", "who gets
  the baby. before.", "i won't be needing you after tonight", "i've decided") are self-harm;
  signs of a seizure, head injury, heatstroke, drowning or an allergic reaction are a baby
  emergency; control (no money, permission for the heating, the wifi off, pram wheels taken,
  trackers, custody threats with recordings) is abuse; messages meant for me, coded signals,
  shadow people, "already dead", "the sea will protect her" are psychosis.
- A worrying sign followed by the baby already well again ("didn't cry, seems totally fine",
  "she's warm now") is a story, not an emergency; a later sign still counts on its own.
- A threat that the partner will harm himself if the parent leaves, will take the baby abroad,
  or will tell people the parent hurt the baby is abuse (FIRST_RULES), as is flinching at a
  raised voice. Voices from the walls saying things about the baby are psychosis (FIRST_RULES).
- Everyday exasperation stays ordinary: "she'll kill me if i wake the baby", "i could have
  killed her" (grandma's biscuit), a baby's kick or headbutt during a nappy change,
  "possessed at the witching hour", "swapped at birth lol", "floppy asleep on the boob so cute".
- A dream's content is a story ("had a weird dream my husband was a different man"). Days
  without sleep and no tiredness read as psychosis unless put down to adrenaline. "Not herself"
  or "not making sense" is psychosis only next to a strange belief (angels, chosen, the signs,
  replaced, being watched), or said of a named adult; a toddler "not making sense" is ordinary.
  A partner or baby "not really him", "my real baby", "same face but not her" are psychosis.
- Fear of a partner's temper (afraid to ask him for money, hiding with the baby until he
  sleeps, "or he goes silent and then explodes"), being made to send photos of where one is,
  deleting family, his hold on passwords, a chair against the bedroom door, money hidden or
  clothes kept on "in case i need to run", and a refuge are abuse. A partner choking the parent,
  or a partner's "punishment", are abuse though the words also name a baby emergency or harm
  (FIRST_RULES). Worry about a friend "in a controlling relationship" is a question.
- A partner using the baby against the parent ("hurt the baby to punish me", held over the
  balcony "to scare me"), a partner who hit her and may "start on the baby", a partner's "kill
  us both and then himself", and a partner telling her to kill herself or that the baby would
  be better off without her are abuse (FIRST_RULES), ahead of harm to the baby and self-harm;
  the abuse reply still leads with the emergency number. A relative's report about a
  daughter's or sister's partner (money, passport, phone, locked in, "she fell") is abuse;
  about a friend it stays a question.
- A note or letter counts when it is written now for someone ("i've written a note for my
  husband", "note's on the table", a ring in an envelope with a letter); a plain past "i wrote a
  note for my husband", a note for the babysitter or nursery, a first-birthday letter or a
  time-capsule letter are ordinary.
- Someone close wanting to die, talking about dying or having taken a load of tablets is
  self-harm; asking how to help "a friend who says she wants to die" is an ordinary question.
- Means kept close or laid out (pills out on the bed, a razor in hand, a noose, a hosepipe in
  the car), who will find the parent and when, the door left unlocked "so they can get in
  after", dark humour about one's own death ("in a box", "dead by christmas"), insurance "if it
  looks like an accident" and care arranged for "when it's just him" are self-harm; "an
  accident waiting to happen" and a walk to the river at night to see the fireworks are not.
- A rough act done "to make her stop" or "to scare her quiet", spanking, "gave her a shake",
  force into the mouth and punishment by cold, hunger or being left are harm_to_baby; "a shake
  of her rattle", a shake to wake for a feed, a hand over the mouth by accident are not. "I'd
  never hurt her" said about anger stays distress unless "but i want to" follows.
- A baby limp or floppy "but today he's back to normal" is a story; a seizure in someone
  else's baby or long ago is background to a question; "blue with cold" is not an emergency
  sign. A "1 year old" is the baby itself, not an older sibling at play.

Where things are (safety/check.py reads them in this order, after normalising):
  idioms.py          hyperbole and topic questions, blanked out before any crisis rule reads
  first_rules.py     rules checked before every category (command voices, conditional threats)
  baby_emergency/, harm_to_baby/, self_harm_suicide/, psychosis/, abuse/,
  distress.py        one package (or module) per category, checked in RULES_BY_CATEGORY order:
                     the idioms read by that category only (its idioms.py, if any), then its
                     families in order, where the first rule to match names the result
  registry.py        the table of each category's family modules, in the order they are tried
A family is one module of rules for one kind of situation, with a docstring for the reviewer
and two messages it must catch and two it must not (family.py; FAMILIES lists them all).
and the building blocks:
  shared.py          the words the rules are built from (SELF, BABY, HARM_VERB, verb_forms ...)
  compiling.py       prepare(): how a pattern becomes the regex the matcher compiles
  family_match.py    which families fire on a message (for the family tests and bench)
"""

from __future__ import annotations

import re

from safety.result import Category
from safety.rules import distress, first_rules
from safety.rules.abuse.idioms import ABUSE_IDIOMS
from safety.rules.compiling import prepare
from safety.rules.distress import RULES as DISTRESS_RULES
from safety.rules.family import Family, family_of, mixed_family_of
from safety.rules.first_rules import RULES as FIRST_RULES
from safety.rules.harm_to_baby.idioms import HARM_TO_BABY_IDIOMS
from safety.rules.idioms import IDIOMS
from safety.rules.psychosis.idioms import PSYCHOSIS_IDIOMS
from safety.rules.registry import FAMILY_MODULES, category_families, rules_of
from safety.rules.self_harm_suicide.idioms import SELF_HARM_IDIOMS

# Idioms read by one category only: a hedge may soften a strange-sounding remark, never a
# thought of self-harm or of hurting the baby; the baby's own kicks are not harm, but they
# still count when the baby falls or bangs its head.
IDIOMS_BY_CATEGORY: dict[Category, tuple[str, ...]] = {
    Category.HARM_TO_BABY: HARM_TO_BABY_IDIOMS,
    Category.SELF_HARM_SUICIDE: SELF_HARM_IDIOMS,
    Category.PSYCHOSIS: PSYCHOSIS_IDIOMS,
    Category.ABUSE: ABUSE_IDIOMS,
}

# Each crisis category's families, from the registry's table, in the order they are tried.
CATEGORY_FAMILIES: dict[Category, tuple[Family, ...]] = {
    category: category_families(category) for category in FAMILY_MODULES
}

RULES_BY_CATEGORY: dict[Category, list[tuple[str, str]]] = {
    # Checked in this order, the registry's (a message that fits two gets the first), then
    # distress last.
    **{category: rules_of(families) for category, families in CATEGORY_FAMILIES.items()},
    Category.DISTRESS: DISTRESS_RULES,
}

# Every family, in the order check.py tries them: first rules, then each category's families.
FAMILIES: tuple[Family, ...] = (
    mixed_family_of(first_rules),
    *(family for families in CATEGORY_FAMILIES.values() for family in families),
    family_of(distress, Category.DISTRESS),
)

_PATTERN_WORD = re.compile(r"(?<![\\a-z])[a-z]+")


def words_in_rules() -> frozenset[str]:
    """Every literal word the patterns mention (the normaliser prefers these spellings)."""
    patterns = [*IDIOMS, *(p for ps in IDIOMS_BY_CATEGORY.values() for p in ps)]
    patterns += [p for _, _, p in FIRST_RULES]
    patterns += [p for rules in RULES_BY_CATEGORY.values() for _, p in rules]
    return frozenset(word for p in patterns for word in _PATTERN_WORD.findall(p))


__all__ = [
    "CATEGORY_FAMILIES",
    "FAMILIES",
    "FIRST_RULES",
    "IDIOMS",
    "IDIOMS_BY_CATEGORY",
    "RULES_BY_CATEGORY",
    "prepare",
    "words_in_rules",
]

"""French crisis core: the clearest words a clinician would list for each danger, nothing more.

Same form and limits as safety/languages/spanish.py: phrases as people write them, folded like
the message (so "s'étouffe" is matched as "setouffe"), whole words only; a word French shares
with English ("suicide", "convulsion") is only used inside a French phrase, so an English
question about it is left to the English rules. Each category lists messages it must and
must not match.
Reviewed: Nightlight maintainers, 2026-12-06 (not yet by a clinician: see README).
"""

from __future__ import annotations

from safety.languages.core import LanguageCore
from safety.result import Category

FRENCH = LanguageCore(
    language="fr",
    slots={
        "baby": ("bébé", "bebe", "fils", "fille", "enfant", "petit", "petite", "nourrisson"),
        "partner": ("mari", "conjoint", "compagnon", "copain", "ex", "femme", "compagne",
                    "copine", "partenaire"),
        "me_hits": ("me frappe", "m'a frappée", "m'a frappé", "me bat", "me pousse",
                    "m'étrangle", "m'a étranglée", "me menace", "m'a menacée", "me viole",
                    "m'a violée", "me tape"),
        # A parent's own urge or fear, so "la couverture peut-elle étouffer bébé ?" stays a
        # question.
        "urge": ("je veux", "je vais", "peur de", "envie de", "je pourrais", "je pense à"),
    },
    phrases={
        Category.BABY_EMERGENCY: (
            # Spoken French often drops the "ne": "il respire plus" is "il ne respire plus".
            "respire plus", "respire pas", "a arrêté de respirer", "arrête de respirer",
            "n'arrive pas à respirer", "réagit plus", "réagit pas", "inconsciente",
            "inconscient", "devient bleu", "devient bleue", "est tout bleu", "est toute bleue",
            "lèvres bleues", "lèvres violettes", "convulse", "une convulsion",
            "des convulsions",
            "s'étouffe",
        ),
        Category.SELF_HARM_SUICIDE: (
            # "me tuer" alone is also the idiom "ces nuits vont me tuer": only with a will.
            "me suicider", "je veux me tuer", "je vais me tuer", "envie de me tuer",
            "je pense à me tuer", "je veux mourir", "j'ai envie de mourir",
            "envie d'en finir", "en finir avec la vie", "idées suicidaires",
            "pensées suicidaires", "je suis suicidaire", "mettre fin à mes jours",
            "je ne veux plus vivre", "me faire du mal", "me scarifier",
            "seraient mieux sans moi", "serait mieux sans moi",
            # Someone else at risk, told by a partner or relative.
            "veut se suicider", "veut mourir", "veut en finir",
        ),
        Category.HARM_TO_BABY: (
            "{urge} lui faire du mal", "{urge} faire du mal à mon {baby}",
            "{urge} faire du mal à ma {baby}", "{urge} faire du mal au {baby}",
            "tuer mon {baby}", "tuer ma {baby}", "tuer le {baby}", "{urge} l'étouffer",
            "{urge} le secouer", "{urge} la secouer", "{urge} le jeter", "{urge} la jeter",
            "je l'ai secoué", "je l'ai secouée", "j'ai secoué mon {baby}",
            "j'ai secoué ma {baby}", "j'ai frappé mon {baby}", "j'ai frappé ma {baby}",
            # Shaking by anyone, as it happens or just happened.
            "secoue le {baby}", "secoue mon {baby}", "secoue ma {baby}", "a secoué le {baby}",
            "a secoué mon {baby}", "a secoué ma {baby}",
        ),
        Category.PSYCHOSIS: (
            "j'entends des voix", "des voix me disent", "on m'empoisonne",
            "ils m'empoisonnent", "on veut m'empoisonner", "est possédé", "est possédée",
            "ce n'est pas mon {baby}", "ce n'est pas ma {baby}", "on a échangé mon {baby}",
            "je vois des choses qui n'existent pas",
        ),
        Category.ABUSE: (
            "mon {partner} {me_hits}", "violences conjugales", "violence conjugale",
            "j'ai peur de mon {partner}", "mon {partner} me fait peur", "menace de me tuer",
            "menace de m'enlever",
        ),
    },
    must_match={
        Category.BABY_EMERGENCY: ("Mon bébé ne respire plus !", "aidez-moi il devient bleu"),
        Category.SELF_HARM_SUICIDE: ("je veux mourir", "j'ai des idées suicidaires"),
        Category.HARM_TO_BABY: ("j'ai peur de lui faire du mal", "je l'ai secoué ce soir"),
        Category.PSYCHOSIS: ("j'entends des voix la nuit", "ce n'est pas mon bébé, on l'a changé"),
        Category.ABUSE: ("mon mari me frappe", "j'ai peur de mon conjoint"),
    },
    must_not_match={
        Category.BABY_EMERGENCY: ("mon bébé respire vite quand il dort",
                                  "il s'est réveillé en pleurant"),
        Category.SELF_HARM_SUICIDE: ("je suis morte de fatigue", "ces nuits vont me tuer"),
        Category.HARM_TO_BABY: ("la couverture peut-elle étouffer bébé ?",
                                "est-ce que la tétine peut lui faire du mal ?"),
        Category.PSYCHOSIS: ("j'entends le bébé pleurer dans le babyphone",
                             "ma fille écoute de la musique"),
        Category.ABUSE: ("mon mari m'aide beaucoup", "le bébé me tape le visage en jouant"),
    },
)

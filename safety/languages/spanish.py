"""Spanish crisis core: the clearest words a clinician would list for each danger, nothing more.

A small reviewed core, not a grown list: the learned net and the English patterns carry
paraphrase; this only makes sure the plainest Spanish crisis messages ("mi niña no respira")
get helplines. Phrases are written as people write them; they are folded like the message
(lower case, accents and apostrophes dropped) and matched as whole words. `{baby}`, `{partner}`
and friends stand for any word of that slot. Each category lists messages it must and must not
match; tests/test_safety_languages.py checks them.
Reviewed: Nightlight maintainers, 2026-12-06 (not yet by a clinician: see README).
"""

from __future__ import annotations

from safety.languages.core import LanguageCore
from safety.result import Category

SPANISH = LanguageCore(
    language="es",
    slots={
        "baby": ("bebé", "bebe", "niño", "niña", "hijo", "hija", "peque", "nene", "nena"),
        "partner": ("pareja", "marido", "esposo", "novio", "ex", "compañero", "mujer",
                    "esposa", "novia"),
        "me_hits": ("me pega", "me pegó", "me ha pegado", "me golpea", "me golpeó",
                    "me ha golpeado", "me empuja", "me empujó", "me estrangula", "me ahorca",
                    "me viola", "me violó", "me amenaza", "me amenazó", "me maltrata"),
        # A parent's own urge or fear, so "¿la manta puede ahogar al bebé?" stays a question.
        "urge": ("quiero", "voy a", "miedo de", "miedo a", "ganas de", "podría", "pienso en"),
    },
    phrases={
        Category.BABY_EMERGENCY: (
            "no respira", "no está respirando", "dejó de respirar", "ha dejado de respirar",
            "no puede respirar", "no reacciona", "está inconsciente",
            "se ha puesto morado", "se ha puesto morada", "se puso morado", "se puso morada",
            "está morado", "está morada", "labios morados", "labios azules", "convulsiones",
            "está convulsionando", "una convulsión", "se está ahogando",
        ),
        Category.SELF_HARM_SUICIDE: (
            "suicidarme", "me voy a suicidar", "me quiero suicidar", "pienso en el suicidio",
            "ideas suicidas", "pensamientos suicidas", "quiero morir", "quiero morirme",
            "me quiero morir",
            # "matarme" alone is also the idiom "este niño va a matarme": only with a will.
            "quiero matarme", "voy a matarme", "me voy a matar", "ganas de matarme",
            "pienso en matarme", "quitarme la vida", "acabar con mi vida", "no quiero vivir",
            "no quiero seguir viviendo", "hacerme daño", "autolesionarme",
            "estarían mejor sin mí", "estaría mejor sin mí",
            # Someone else at risk, told by a partner or relative.
            "quiere suicidarse", "se quiere suicidar", "quitarse la vida",
        ),
        Category.HARM_TO_BABY: (
            "{urge} hacerle daño", "{urge} hacer daño a mi {baby}", "{urge} hacer daño al {baby}",
            "matar a mi {baby}", "matar al {baby}", "{urge} ahogar a mi {baby}",
            "{urge} ahogarlo", "{urge} ahogarla", "{urge} asfixiarlo", "{urge} asfixiarla",
            "{urge} tirarlo", "{urge} tirarla", "sacudí a mi {baby}", "sacudí al {baby}",
            "zarandeé a mi {baby}", "zarandeé al {baby}", "le pegué a mi {baby}",
            # Shaking by anyone, as it happens or just happened.
            "zarandea al {baby}", "zarandea a mi {baby}", "zarandeó al {baby}",
            "zarandeó a mi {baby}", "sacude al {baby}", "sacudió al {baby}",
        ),
        Category.PSYCHOSIS: (
            "oigo voces", "escucho voces", "voces que me dicen", "me están envenenando",
            "nos están envenenando", "me quieren envenenar", "está poseído", "está poseída",
            "no es mi {baby}", "han cambiado a mi {baby}", "veo cosas que no están",
        ),
        Category.ABUSE: (
            "mi {partner} {me_hits}", "violencia doméstica", "violencia de género",
            "me ha violado", "tengo miedo de mi {partner}", "me da miedo mi {partner}",
            "me amenaza con matarme", "me amenazó con matarme", "me amenaza con quitarme",
            "me amenazó con quitarme",
        ),
    },
    must_match={
        Category.BABY_EMERGENCY: ("¡Mi niña no respira!",
                                  "ayuda se ha puesto morado y no reacciona"),
        Category.SELF_HARM_SUICIDE: ("ya no puedo más, quiero morirme", "pienso en suicidarme"),
        Category.HARM_TO_BABY: ("tengo miedo de hacerle daño", "ayer sacudí a mi bebé"),
        Category.PSYCHOSIS: ("oigo voces que me dicen cosas", "el bebé está poseído"),
        Category.ABUSE: ("mi marido me pega", "tengo miedo de mi pareja"),
    },
    must_not_match={
        Category.BABY_EMERGENCY: ("mi bebé respira muy rápido cuando duerme",
                                  "se despertó llorando a las tres"),
        Category.SELF_HARM_SUICIDE: ("me muero de sueño", "este niño va a matarme"),
        Category.HARM_TO_BABY: ("¿la manta puede ahogar al bebé?",
                                "¿el chupete puede hacerle daño?"),
        Category.PSYCHOSIS: ("oigo al bebé llorar por el monitor", "mi hija escucha música"),
        Category.ABUSE: ("mi marido me ayuda con la niña", "el bebé me pega en la cara jugando"),
    },
)

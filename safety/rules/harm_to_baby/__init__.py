"""Harm to the baby: someone has hurt the baby, or the parent has thoughts, urges or threats
of hurting it. Fear of an accident and the baby's own movements are not harm.

One module per family, each reviewable on its own (see safety/rules/family.py).
safety/rules/registry.py lists the families and the order they are tried in, which is part
of the behaviour: within the category the first rule to match names the result.
"""

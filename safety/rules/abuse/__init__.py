"""Abuse: a partner or family member hurting, threatening or controlling the parent.
Questions about what abuse means, or worry about a friend, stay ordinary.

One module per family, each reviewable on its own (see safety/rules/family.py).
safety/rules/registry.py lists the families and the order they are tried in, which is part
of the behaviour: within the category the first rule to match names the result.
"""

"""Psychosis: voices, visions, being watched, plotted against or chosen, a baby swapped or
evil, no need for sleep. Jokes, nicknames and real sounds stay ordinary.

One module per family, each reviewable on its own (see safety/rules/family.py).
safety/rules/registry.py lists the families and the order they are tried in, which is part
of the behaviour: within the category the first rule to match names the result.
"""

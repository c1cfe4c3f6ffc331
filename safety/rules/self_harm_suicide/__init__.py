"""Self-harm and suicide: the parent's own thoughts of dying, plans, means or goodbyes, and
someone close threatening to kill themselves.

One module per family, each reviewable on its own (see safety/rules/family.py).
safety/rules/registry.py lists the families and the order they are tried in, which is part
of the behaviour: within the category the first rule to match names the result.
"""

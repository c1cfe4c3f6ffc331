"""Baby emergency: a baby who may need an ambulance now (not breathing, choking, blue, limp,
fitting, badly hurt, swallowed something, very ill).

One module per family, each reviewable on its own (see safety/rules/family.py).
safety/rules/registry.py lists the families and the order they are tried in, which is part
of the behaviour: within the category the first rule to match names the result.
"""

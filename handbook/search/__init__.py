"""Search: one index per language, Polish and English analysis, identifiers and case facts as keywords.

Material's search interface is kept; what it indexes and how terms are analysed is ours.
"""

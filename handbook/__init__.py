"""Pure core of the handbook: YAML content -> validated model -> pages and data.

Nothing here imports MkDocs; hooks/handbook_hooks.py adapts it to MkDocs events.
"""

from .problems import ContentError, Problem
from .project import Layout, Project, load_project

__all__ = ["ContentError", "Layout", "Problem", "Project", "load_project"]

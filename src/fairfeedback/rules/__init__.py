"""Rule packs: YAML data validated by pydantic, loaded into a :class:`RuleSet`."""

from .loader import RuleSet, builtin_rules_dir, load_rules
from .schema import Context, RuleSpec

__all__ = ["Context", "RuleSet", "RuleSpec", "builtin_rules_dir", "load_rules"]

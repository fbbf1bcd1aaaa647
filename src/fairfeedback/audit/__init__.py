"""``fairfeedback audit``: category rates by group over many reviews (docs/audit.md).

Needs ``pip install "fairfeedback[audit]"`` (pandas, pyarrow, scipy); the Spark engine
``fairfeedback[spark]``.  Heavy imports happen inside the functions.

    from fairfeedback.audit import audit_frame
    result = audit_frame(df, "text", ["gender"])      # an AuditResult (pydantic)
"""

from __future__ import annotations

from typing import Any

from .models import AuditResult, CategoryTest, ColumnAudit, GroupStats, Share
from .totals import AuditOptions

__all__ = ["AuditOptions", "AuditResult", "CategoryTest", "ColumnAudit", "GroupStats", "Share", "audit_file",
           "audit_frame"]


def audit_frame(*args: Any, **kwargs: Any) -> AuditResult:
    """Audit a pandas DataFrame with the local engine (see :func:`.local.audit_frame`)."""
    from .local import audit_frame as run

    return run(*args, **kwargs)


def audit_file(*args: Any, **kwargs: Any) -> AuditResult:
    """Read and audit a CSV, JSON Lines or Parquet file with the local engine."""
    from .local import audit_file as run

    return run(*args, **kwargs)

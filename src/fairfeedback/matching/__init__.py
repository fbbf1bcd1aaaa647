"""Rule matching inside the spaCy pipeline (component ``fairfeedback``)."""

from .checks import CHECKS, register_check
from .component import SPAN_KEY, FairFeedbackComponent, confidence_key

__all__ = ["CHECKS", "SPAN_KEY", "FairFeedbackComponent", "confidence_key", "register_check"]

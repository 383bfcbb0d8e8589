"""The PHI guard: finds HIPAA Safe Harbor identifiers in clinical notes, in pure Python.

>>> from supervision.phi import scan, redact
>>> findings = scan("Her son Jayden called from 508-555-0142 on March 3.")
>>> [(f.kind, f.text) for f in findings]
[('NAME', 'Jayden'), ('PHONE', '508-555-0142'), ('DATE', 'March 3')]
>>> redact("Her son Jayden called from 508-555-0142 on March 3.", findings)
'Her son [NAME] called from [PHONE] on [DATE].'

Client codes (default pattern like ``C-014``) and placeholders are never findings. No Flask import here:
the web layer calls ``scan`` on save and on submit, and ``redact`` for one-click redaction.
"""

from .finding import KINDS, PLACEHOLDERS, Finding
from .scanner import redact, scan

__all__ = ["KINDS", "PLACEHOLDERS", "Finding", "redact", "scan"]

"""s11-evidence: reads Section 11 safeguarding submissions and prepares the panel's analysis."""

__version__ = "0.1.0"

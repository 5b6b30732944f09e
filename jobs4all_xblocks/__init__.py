"""JOBS4ALL CPD for Open edX: XBlocks, learner-evidence store and course content.

Importing this package imports neither the blocks nor the Django models, so it is safe
in any process (the LMS/CMS plugin loader, the course builder, pure unit tests).
"""

__version__ = "0.1.0"

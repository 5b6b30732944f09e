"""The workbench demo: settings, a staff-aware user service and the JOBS4ALL scenarios.

Only ``make run`` and the tests use it; the LMS and CMS never import it.
"""

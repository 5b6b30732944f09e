"""Packaging of the JOBS4ALL CPD XBlocks for Open edX.

``static/`` and ``translations/`` live at the top of the repository; the package reaches
them through symlinks (``jobs4all_xblocks/static``, ``jobs4all_xblocks/translations``),
so editable and regular installs both see them, and the wheel holds real files.
"""
import os

from setuptools import find_packages, setup

HERE = os.path.dirname(os.path.abspath(__file__))

BLOCKS = [
    "jobs4all_lom = jobs4all_xblocks.blocks.lom:LearningOutcomesMatrixBlock",
    "jobs4all_assessment = jobs4all_xblocks.blocks.assessment:AssessmentBlock",
    "jobs4all_reflective_log = jobs4all_xblocks.blocks.reflective_log:ReflectiveLogBlock",
    "jobs4all_pathway = jobs4all_xblocks.blocks.pathway:PathwayBlock",
    "jobs4all_level2_gate = jobs4all_xblocks.blocks.gate:Level2GateBlock",
]


def readme():
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as handle:
        return handle.read()


setup(
    name="jobs4all-xblocks",
    version="0.1.0",
    description="JOBS4ALL blended CPD for Open edX: Learning Outcomes Matrix, LOM-mapped "
                "assessments, reflective logs and the two-level employer-engagement pathway.",
    long_description=readme(),
    long_description_content_type="text/markdown",
    license="AGPL-3.0",
    python_requires=">=3.11",
    packages=find_packages(include=["jobs4all_xblocks", "jobs4all_xblocks.*"]),
    package_data={
        "jobs4all_xblocks": [
            "static/**/*",
            "translations/**/*",
            "templates/**/*",
            "data/*",
            "demo/scenarios/*",
        ],
    },
    install_requires=[
        "XBlock>=5,<7",
        "Django>=4.2,<6",
        "lxml",
        "nh3>=0.2.15",
        # XBlock >= 6.2 (Python >= 3.12) bundles web_fragments itself; 6.1 pulls it in.
        'web-fragments; python_version < "3.12"',
    ],
    extras_require={
        "demo": ["xblock-sdk", "XBlock[django]"],
        "course": ["PyYAML>=6", "olxcleaner>=0.3", "polib>=1.2", "Markdown>=3.5"],
        "test": [
            "xblock-sdk",
            "XBlock[django]",
            "pytest>=8",
            "pytest-django>=4.8",
            "hypothesis>=6",
            "build",
            "PyYAML>=6",
            "olxcleaner>=0.3",
            "polib>=1.2",
            "Markdown>=3.5",
            "playwright>=1.45",
            "axe-playwright-python>=0.1.8",
            "django-statici18n>=2.4",
        ],
    },
    entry_points={
        "xblock.v1": BLOCKS,
        "lms.djangoapp": ["jobs4all_xblocks = jobs4all_xblocks.apps:Jobs4AllConfig"],
        "cms.djangoapp": ["jobs4all_xblocks = jobs4all_xblocks.apps:Jobs4AllConfig"],
    },
    classifiers=[
        "Framework :: Django",
        "Framework :: Django :: 4.2",
        "Framework :: Django :: 5.2",
        "Programming Language :: Python :: 3.11",
        "Programming Language :: Python :: 3.12",
    ],
)

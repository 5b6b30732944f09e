"""Sample assessment items (module 1 of the JOBS4ALL CPD), shared by unit and block tests."""
import copy

SINGLE = {
    "id": "q-first-challenge", "type": "single", "points": 1,
    "prompt": "<p>Which challenge did the Local Experts Groups rank <strong>first</strong>?</p>",
    "outcomes": [{"id": "LO-1.1", "weight": 1}],
    "choices": [
        {"id": "time", "text": "Time", "correct": True,
         "feedback": "<p>Right: building common ground takes time.</p>"},
        {"id": "money", "text": "Financial aspects", "correct": False,
         "feedback": "<p>Costs matter, but the experts ranked time first.</p>"},
        {"id": "infra", "text": "Little or no training infrastructure", "correct": False, "feedback": ""},
    ],
    "explanation": "<p>Time came first: building common ground takes time and can erode interest.</p>",
}
MULTIPLE = {
    "id": "q-qualities", "type": "multiple", "points": 2,
    "prompt": "<p>Which qualities did the experts call <em>extremely important</em>?</p>",
    "outcomes": [{"id": "LO-1.1", "weight": 1}, {"id": "LO-1.3", "weight": 2}],
    "choices": [
        {"id": "trust", "text": "Trust", "correct": True, "feedback": ""},
        {"id": "communication", "text": "Communication", "correct": True, "feedback": ""},
        {"id": "price", "text": "Low price", "correct": False, "feedback": "<p>Not a quality of the relationship.</p>"},
        {"id": "speed", "text": "Speed", "correct": False, "feedback": ""},
    ],
    "explanation": "",
}
ORDERING = {
    "id": "q-partner-steps", "type": "ordering", "points": 1,
    "prompt": "<p>Put the steps of selecting an employer partner in order.</p>",
    "outcomes": [{"id": "LO-1.2", "weight": 1}],
    "steps": [
        {"id": "sector", "text": "Decide which industries to approach"},
        {"id": "research", "text": "Research candidate companies"},
        {"id": "focal", "text": "Find the focal person and the decision-maker"},
        {"id": "history", "text": "Check the firm's past VET experience"},
    ],
    "explanation": "",
}
MATCHING = {
    "id": "q-match", "type": "matching", "points": 1,
    "prompt": "<p>Match each finding with the research dimension it belongs to.</p>",
    "outcomes": [{"id": "LO-1.1", "weight": 1}],
    "pairs": [
        {"id": "opp", "term": "Tailored education", "match": "Opportunities"},
        {"id": "chal", "term": "Time", "match": "Challenges"},
        {"id": "prof", "term": "Trust", "match": "Profile"},
    ],
    "distractors": [{"id": "none", "text": "Not part of the survey"}],
    "explanation": "",
}
RATING = {
    "id": "q-confidence", "type": "rating",
    "prompt": "<p>How confident are you that you can do this?</p>",
    "outcomes": [{"id": "LO-1.2", "weight": 1}, {"id": "LO-1.4", "weight": 1}],
    "explanation": "",
}
ALL = [SINGLE, MULTIPLE, ORDERING, MATCHING, RATING]

RIGHT_ANSWERS = {
    "q-first-challenge": "time",
    "q-qualities": ["trust", "communication"],
    "q-partner-steps": ["sector", "research", "focal", "history"],
    "q-match": {"opp": "opp", "chal": "chal", "prof": "prof"},
    "q-confidence": {"LO-1.2": 4, "LO-1.4": 2},
}


def items(*which):
    return copy.deepcopy(list(which or ALL))


def answers(**changes):
    result = copy.deepcopy(RIGHT_ANSWERS)
    result.update({key.replace("_", "-"): value for key, value in changes.items()})
    return result

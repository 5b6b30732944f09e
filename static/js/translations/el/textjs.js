
            (function(global){
                var Jobs4AllI18N = {
                  init: function() {
                    
'use strict';
{
  const globals = this;
  const django = globals.django || (globals.django = {});

  
  django.pluralidx = function(n) {
    const v = (n != 1);
    if (typeof v === 'boolean') {
      return v ? 1 : 0;
    } else {
      return v;
    }
  };
  

  /* gettext library */

  django.catalog = django.catalog || {};
  
  const newcatalog = {
    "A new empty outcome was added at the end of the table.": "\u03a0\u03c1\u03bf\u03c3\u03c4\u03ad\u03b8\u03b7\u03ba\u03b5 \u03ad\u03bd\u03b1 \u03bd\u03ad\u03bf \u03ba\u03b5\u03bd\u03cc \u03bc\u03b1\u03b8\u03b7\u03c3\u03b9\u03b1\u03ba\u03cc \u03b1\u03c0\u03bf\u03c4\u03ad\u03bb\u03b5\u03c3\u03bc\u03b1 \u03c3\u03c4\u03bf \u03c4\u03ad\u03bb\u03bf\u03c2 \u03c4\u03bf\u03c5 \u03c0\u03af\u03bd\u03b1\u03ba\u03b1.",
    "A new empty prompt was added at the end of the table.": "A new empty prompt was added at the end of the table.",
    "Actions": "Actions",
    "Add a choice": "Add a choice",
    "Add a distractor": "Add a distractor",
    "Add a pair": "Add a pair",
    "Add a step": "Add a step",
    "Change your submitted entry \u201c{title}\u201d": "Change your submitted entry \u201c{title}\u201d",
    "Changed: choose \u201cSave changes\u201d to send the new version to your trainer.": "Changed: choose \u201cSave changes\u201d to send the new version to your trainer.",
    "Changes to a submitted entry are sent to your trainer when you choose \u201cSave changes\u201d.": "Changes to a submitted entry are sent to your trainer when you choose \u201cSave changes\u201d.",
    "Choice {number}": "Choice {number}",
    "Choices (mark every correct choice)": "Choices (mark every correct choice)",
    "Choices (mark the one correct choice)": "Choices (mark the one correct choice)",
    "Delete this draft? This cannot be undone.": "Delete this draft? This cannot be undone.",
    "Description (optional)": "\u03a0\u03b5\u03c1\u03b9\u03b3\u03c1\u03b1\u03c6\u03ae (\u03c0\u03c1\u03bf\u03b1\u03b9\u03c1\u03b5\u03c4\u03b9\u03ba\u03ac)",
    "Distractor {number}": "Distractor {number}",
    "Distractors: extra partners that match no term (optional)": "Distractors: extra partners that match no term (optional)",
    "ECVET unit": "\u03b5\u03bd\u03cc\u03c4\u03b7\u03c4\u03b1 ECVET",
    "EQF domain": "\u03ba\u03b1\u03c4\u03b7\u03b3\u03bf\u03c1\u03af\u03b1 \u0395\u03a0\u0395\u03a0",
    "EQF level": "\u03b5\u03c0\u03af\u03c0\u03b5\u03b4\u03bf \u0395\u03a0\u0395\u03a0",
    "Explanation, shown with the correct answer (HTML, optional)": "Explanation, shown with the correct answer (HTML, optional)",
    "Leave the question and guidance empty to use the framework\u2019s wording, which learners see in their language. You may change the word limits.": "Leave the question and guidance empty to use the framework\u2019s wording, which learners see in their language. You may change the word limits.",
    "Leave without sending your changes to the submitted entry?": "Leave without sending your changes to the submitted entry?",
    "Map this outcome": "Map this outcome",
    "Mapped outcomes and weights": "Mapped outcomes and weights",
    "Move {entry} down": "Move {entry} down",
    "Move {entry} up": "Move {entry} up",
    "Move {name} down": "\u039c\u03b5\u03c4\u03b1\u03ba\u03af\u03bd\u03b7\u03c3\u03b7 \u03c0\u03c1\u03bf\u03c2 \u03c4\u03b1 \u03ba\u03ac\u03c4\u03c9: {name}",
    "Move {name} up": "\u039c\u03b5\u03c4\u03b1\u03ba\u03af\u03bd\u03b7\u03c3\u03b7 \u03c0\u03c1\u03bf\u03c2 \u03c4\u03b1 \u03c0\u03ac\u03bd\u03c9: {name}",
    "Move \u201c{name}\u201d down": "Move \u201c{name}\u201d down",
    "Move \u201c{name}\u201d up": "Move \u201c{name}\u201d up",
    "New entry": "New entry",
    "No questions yet. Choose a type and add one.": "No questions yet. Choose a type and add one.",
    "Not mapped to any outcome yet.": "Not mapped to any outcome yet.",
    "Not saved yet\u2026": "Not saved yet\u2026",
    "Not saved.": "Not saved.",
    "Nothing was saved": "\u0394\u03b5\u03bd \u03b1\u03c0\u03bf\u03b8\u03b7\u03ba\u03b5\u03cd\u03c4\u03b7\u03ba\u03b5 \u03c4\u03af\u03c0\u03bf\u03c4\u03b1",
    "Outcome to map": "Outcome to map",
    "Outcome {number}: {field}": "\u039c\u03b1\u03b8\u03b7\u03c3\u03b9\u03b1\u03ba\u03cc \u03b1\u03c0\u03bf\u03c4\u03ad\u03bb\u03b5\u03c3\u03bc\u03b1 {number}: {field}",
    "Outcomes learners may link (ids separated by commas; empty: all outcomes of the course)": "Outcomes learners may link (ids separated by commas; empty: all outcomes of the course)",
    "Outcomes learners may link to their entries (none ticked: all outcomes of the course)": "Outcomes learners may link to their entries (none ticked: all outcomes of the course)",
    "Outcomes to rate": "Outcomes to rate",
    "Pair {number}": "Pair {number}",
    "Pairs: each term and its matching partner": "Pairs: each term and its matching partner",
    "Points": "Points",
    "Prompt moved to position {position}.": "Prompt moved to position {position}.",
    "Prompt removed. It is deleted when you save.": "Prompt removed. It is deleted when you save.",
    "Prompt {number}: {field}": "Prompt {number}: {field}",
    "Prompts of the framework \u201c{name}\u201d": "Prompts of the framework \u201c{name}\u201d",
    "Question id (used in reports; keep it once learners have answered)": "Question id (used in reports; keep it once learners have answered)",
    "Question text (HTML)": "Question text (HTML)",
    "Question {number}": "Question {number}",
    "Question {number} added at the end.": "Question {number} added at the end.",
    "Question {number}: {type}": "Question {number}: {type}",
    "Remove {entry}": "Remove {entry}",
    "Remove {name}": "\u0391\u03c6\u03b1\u03af\u03c1\u03b5\u03c3\u03b7: {name}",
    "Remove \u201c{name}\u201d": "Remove \u201c{name}\u201d",
    "Removed. It is deleted when you save.": "Removed. It is deleted when you save.",
    "Save changes": "Save changes",
    "Saved.": "Saved.",
    "Saved: {count} outcomes.": "\u0391\u03c0\u03bf\u03b8\u03b7\u03ba\u03b5\u03cd\u03c4\u03b7\u03ba\u03b1\u03bd \u03bc\u03b1\u03b8\u03b7\u03c3\u03b9\u03b1\u03ba\u03ac \u03b1\u03c0\u03bf\u03c4\u03b5\u03bb\u03ad\u03c3\u03bc\u03b1\u03c4\u03b1: {count}.",
    "Saved: {count} questions.": "Saved: {count} questions.",
    "Saving": "\u0393\u03af\u03bd\u03b5\u03c4\u03b1\u03b9 \u03b1\u03c0\u03bf\u03b8\u03ae\u03ba\u03b5\u03c5\u03c3\u03b7",
    "Saving\u2026": "Saving\u2026",
    "Something went wrong. Nothing was recorded.": "Something went wrong. Nothing was recorded.",
    "Something went wrong. Nothing was saved.": "\u03a0\u03b1\u03c1\u03bf\u03c5\u03c3\u03b9\u03ac\u03c3\u03c4\u03b7\u03ba\u03b5 \u03c0\u03c1\u03cc\u03b2\u03bb\u03b7\u03bc\u03b1. \u0394\u03b5\u03bd \u03b1\u03c0\u03bf\u03b8\u03b7\u03ba\u03b5\u03cd\u03c4\u03b7\u03ba\u03b5 \u03c4\u03af\u03c0\u03bf\u03c4\u03b1.",
    "Step {number}": "Step {number}",
    "Steps, in the correct order (learners see them shuffled)": "Steps, in the correct order (learners see them shuffled)",
    "Submit entry": "Submit entry",
    "Submitting\u2026": "Submitting\u2026",
    "Text you had not saved on your last visit was restored.": "Text you had not saved on your last visit was restored.",
    "The course has no Learning Outcomes Matrix yet, so the ids cannot be checked now.": "The course has no Learning Outcomes Matrix yet, so the ids cannot be checked now.",
    "The course has no Learning Outcomes Matrix yet: there is nothing to map to.": "The course has no Learning Outcomes Matrix yet: there is nothing to map to.",
    "The pathway was saved.": "The pathway was saved.",
    "The server could not be reached. Check your connection; nothing was lost on this page.": "\u0394\u03b5\u03bd \u03ae\u03c4\u03b1\u03bd \u03b4\u03c5\u03bd\u03b1\u03c4\u03ae \u03b7 \u03b5\u03c0\u03b9\u03ba\u03bf\u03b9\u03bd\u03c9\u03bd\u03af\u03b1 \u03bc\u03b5 \u03c4\u03bf\u03bd \u03b4\u03b9\u03b1\u03ba\u03bf\u03bc\u03b9\u03c3\u03c4\u03ae. \u0395\u03bb\u03ad\u03b3\u03be\u03c4\u03b5 \u03c4\u03b7 \u03c3\u03cd\u03bd\u03b4\u03b5\u03c3\u03ae \u03c3\u03b1\u03c2 \u03c3\u03c4\u03bf \u03b4\u03b9\u03b1\u03b4\u03af\u03ba\u03c4\u03c5\u03bf. \u0394\u03b5\u03bd \u03c7\u03ac\u03b8\u03b7\u03ba\u03b5 \u03c4\u03af\u03c0\u03bf\u03c4\u03b1 \u03b1\u03c0\u03cc \u03cc\u03c3\u03b1 \u03ad\u03c7\u03b5\u03c4\u03b5 \u03c3\u03c5\u03bc\u03c0\u03bb\u03b7\u03c1\u03ce\u03c3\u03b5\u03b9 \u03c3\u03b5 \u03b1\u03c5\u03c4\u03ae \u03c4\u03b7 \u03c3\u03b5\u03bb\u03af\u03b4\u03b1.",
    "The table now shows the prompts of \u201c{name}\u201d.": "The table now shows the prompts of \u201c{name}\u201d.",
    "Unmap {outcome}": "Unmap {outcome}",
    "Untitled entry": "Untitled entry",
    "Weight for {outcome}": "Weight for {outcome}",
    "Write each question in the language of the course; learners see it as written.": "Write each question in the language of the course; learners see it as written.",
    "Your answer to \u201c{prompt}\u201d has {count} characters; at most {limit} can be saved. It was not saved: please shorten it (your text is still here).": "Your answer to \u201c{prompt}\u201d has {count} characters; at most {limit} can be saved. It was not saved: please shorten it (your text is still here).",
    "Your draft \u201c{title}\u201d": "Your draft \u201c{title}\u201d",
    "Your prompts": "Your prompts",
    "Your text could not be saved. It is still here; please try again.": "Your text could not be saved. It is still here; please try again.",
    "area": "\u03c4\u03bf\u03bc\u03ad\u03b1\u03c2",
    "correct": "correct",
    "description": "\u03c0\u03b5\u03c1\u03b9\u03b3\u03c1\u03b1\u03c6\u03ae",
    "feedback when chosen (HTML)": "feedback when chosen (HTML)",
    "guidance": "guidance",
    "id": "ID",
    "matching partner": "matching partner",
    "maximum words": "maximum words",
    "minimum words": "minimum words",
    "module": "\u03b8\u03b5\u03bc\u03b1\u03c4\u03b9\u03ba\u03ae \u03b5\u03bd\u03cc\u03c4\u03b7\u03c4\u03b1",
    "none: the CSV names the area": "\u03ba\u03b1\u03bd\u03ad\u03bd\u03b1\u03c2: \u03bf \u03c4\u03bf\u03bc\u03ad\u03b1\u03c2 \u03bf\u03c1\u03af\u03b6\u03b5\u03c4\u03b1\u03b9 \u03c3\u03c4\u03bf CSV",
    "not in the course's matrix": "not in the course's matrix",
    "outcome {number}": "\u03bc\u03b1\u03b8\u03b7\u03c3\u03b9\u03b1\u03ba\u03cc \u03b1\u03c0\u03bf\u03c4\u03ad\u03bb\u03b5\u03c3\u03bc\u03b1 {number}",
    "prompt {number}": "prompt {number}",
    "question": "question",
    "term": "term",
    "text": "text",
    "title": "\u03c4\u03af\u03c4\u03bb\u03bf\u03c2",
    "{count} more word needed": [
      "{count} more word needed",
      "{count} more words needed"
    ],
    "{count} outcomes imported into the table. Check them, then save.": "\u0395\u03b9\u03c3\u03ae\u03c7\u03b8\u03b7\u03c3\u03b1\u03bd \u03c3\u03c4\u03bf\u03bd \u03c0\u03af\u03bd\u03b1\u03ba\u03b1 \u03bc\u03b1\u03b8\u03b7\u03c3\u03b9\u03b1\u03ba\u03ac \u03b1\u03c0\u03bf\u03c4\u03b5\u03bb\u03ad\u03c3\u03bc\u03b1\u03c4\u03b1: {count}. \u0395\u03bb\u03ad\u03b3\u03be\u03c4\u03b5 \u03c4\u03b1 \u03ba\u03b1\u03b9, \u03c3\u03c4\u03b7 \u03c3\u03c5\u03bd\u03ad\u03c7\u03b5\u03b9\u03b1, \u03b1\u03c0\u03bf\u03b8\u03b7\u03ba\u03b5\u03cd\u03c3\u03c4\u03b5.",
    "{count} word": [
      "{count} word",
      "{count} words"
    ],
    "{count} word over the limit": [
      "{count} word over the limit",
      "{count} words over the limit"
    ],
    "{entry} moved down.": "{entry} moved down.",
    "{entry} moved up.": "{entry} moved up.",
    "{entry} removed. It is deleted when you save.": "{entry} removed. It is deleted when you save.",
    "{entry}: {field}": "{entry}: {field}",
    "{name} loaded. Choose \"Replace the table\" to use it.": "\u03a4\u03bf \u03b1\u03c1\u03c7\u03b5\u03af\u03bf {name} \u03c6\u03bf\u03c1\u03c4\u03ce\u03b8\u03b7\u03ba\u03b5. \u0393\u03b9\u03b1 \u03bd\u03b1 \u03c4\u03bf \u03c7\u03c1\u03b7\u03c3\u03b9\u03bc\u03bf\u03c0\u03bf\u03b9\u03ae\u03c3\u03b5\u03c4\u03b5, \u03b5\u03c0\u03b9\u03bb\u03ad\u03be\u03c4\u03b5 \u00ab\u0391\u03bd\u03c4\u03b9\u03ba\u03b1\u03c4\u03ac\u03c3\u03c4\u03b1\u03c3\u03b7 \u03c4\u03bf\u03c5 \u03c0\u03af\u03bd\u03b1\u03ba\u03b1 \u03bc\u03b5 \u03c4\u03bf CSV\u00bb.",
    "{name} moved down to position {position}.": "\u03a4\u03bf \u03bc\u03b1\u03b8\u03b7\u03c3\u03b9\u03b1\u03ba\u03cc \u03b1\u03c0\u03bf\u03c4\u03ad\u03bb\u03b5\u03c3\u03bc\u03b1 {name} \u03bc\u03b5\u03c4\u03b1\u03ba\u03b9\u03bd\u03ae\u03b8\u03b7\u03ba\u03b5 \u03c0\u03c1\u03bf\u03c2 \u03c4\u03b1 \u03ba\u03ac\u03c4\u03c9, \u03c3\u03c4\u03b7 \u03b8\u03ad\u03c3\u03b7 {position}.",
    "{name} moved up to position {position}.": "\u03a4\u03bf \u03bc\u03b1\u03b8\u03b7\u03c3\u03b9\u03b1\u03ba\u03cc \u03b1\u03c0\u03bf\u03c4\u03ad\u03bb\u03b5\u03c3\u03bc\u03b1 {name} \u03bc\u03b5\u03c4\u03b1\u03ba\u03b9\u03bd\u03ae\u03b8\u03b7\u03ba\u03b5 \u03c0\u03c1\u03bf\u03c2 \u03c4\u03b1 \u03c0\u03ac\u03bd\u03c9, \u03c3\u03c4\u03b7 \u03b8\u03ad\u03c3\u03b7 {position}.",
    "{name} removed. It is deleted when you save.": "\u03a4\u03bf \u03bc\u03b1\u03b8\u03b7\u03c3\u03b9\u03b1\u03ba\u03cc \u03b1\u03c0\u03bf\u03c4\u03ad\u03bb\u03b5\u03c3\u03bc\u03b1 {name} \u03b1\u03c6\u03b1\u03b9\u03c1\u03ad\u03b8\u03b7\u03ba\u03b5. \u0398\u03b1 \u03b4\u03b9\u03b1\u03b3\u03c1\u03b1\u03c6\u03b5\u03af \u03bf\u03c1\u03b9\u03c3\u03c4\u03b9\u03ba\u03ac \u03cc\u03c4\u03b1\u03bd \u03b1\u03c0\u03bf\u03b8\u03b7\u03ba\u03b5\u03cd\u03c3\u03b5\u03c4\u03b5.",
    "{outcome} mapped.": "{outcome} mapped.",
    "{outcome} unmapped.": "{outcome} unmapped.",
    "\u201c{step}\u201d is now step {position} of {count}.": "\u201c{step}\u201d is now step {position} of {count}."
  };
  for (const key in newcatalog) {
    django.catalog[key] = newcatalog[key];
  }
  

  if (!django.jsi18n_initialized) {
    django.gettext = function(msgid) {
      const value = django.catalog[msgid];
      if (typeof value === 'undefined') {
        return msgid;
      } else {
        return (typeof value === 'string') ? value : value[0];
      }
    };

    django.ngettext = function(singular, plural, count) {
      const value = django.catalog[singular];
      if (typeof value === 'undefined') {
        return (count == 1) ? singular : plural;
      } else {
        return value.constructor === Array ? value[django.pluralidx(count)] : value;
      }
    };

    django.gettext_noop = function(msgid) { return msgid; };

    django.pgettext = function(context, msgid) {
      let value = django.gettext(context + '\x04' + msgid);
      if (value.includes('\x04')) {
        value = msgid;
      }
      return value;
    };

    django.npgettext = function(context, singular, plural, count) {
      let value = django.ngettext(context + '\x04' + singular, context + '\x04' + plural, count);
      if (value.includes('\x04')) {
        value = django.ngettext(singular, plural, count);
      }
      return value;
    };

    django.interpolate = function(fmt, obj, named) {
      if (named) {
        return fmt.replace(/%\(\w+\)s/g, function(match){return String(obj[match.slice(2,-2)])});
      } else {
        return fmt.replace(/%s/g, function(match){return String(obj.shift())});
      }
    };


    /* formatting library */

    django.formats = {
    "DATETIME_FORMAT": "d/m/Y P",
    "DATETIME_INPUT_FORMATS": [
      "%d/%m/%Y %H:%M:%S",
      "%d/%m/%Y %H:%M:%S.%f",
      "%d/%m/%Y %H:%M",
      "%d/%m/%y %H:%M:%S",
      "%d/%m/%y %H:%M:%S.%f",
      "%d/%m/%y %H:%M",
      "%Y-%m-%d %H:%M:%S",
      "%Y-%m-%d %H:%M:%S.%f",
      "%Y-%m-%d %H:%M",
      "%Y-%m-%d"
    ],
    "DATE_FORMAT": "d/m/Y",
    "DATE_INPUT_FORMATS": [
      "%d/%m/%Y",
      "%d/%m/%y",
      "%Y-%m-%d"
    ],
    "DECIMAL_SEPARATOR": ",",
    "FIRST_DAY_OF_WEEK": 0,
    "MONTH_DAY_FORMAT": "j F",
    "NUMBER_GROUPING": 3,
    "SHORT_DATETIME_FORMAT": "d/m/Y P",
    "SHORT_DATE_FORMAT": "d/m/Y",
    "THOUSAND_SEPARATOR": ".",
    "TIME_FORMAT": "P",
    "TIME_INPUT_FORMATS": [
      "%H:%M:%S",
      "%H:%M:%S.%f",
      "%H:%M"
    ],
    "YEAR_MONTH_FORMAT": "F Y"
  };

    django.get_format = function(format_type) {
      const value = django.formats[format_type];
      if (typeof value === 'undefined') {
        return format_type;
      } else {
        return value;
      }
    };

    /* add to global namespace */
    globals.pluralidx = django.pluralidx;
    globals.gettext = django.gettext;
    globals.ngettext = django.ngettext;
    globals.gettext_noop = django.gettext_noop;
    globals.pgettext = django.pgettext;
    globals.npgettext = django.npgettext;
    globals.interpolate = django.interpolate;
    globals.get_format = django.get_format;

    django.jsi18n_initialized = true;
  }
};


                  }
                };
                Jobs4AllI18N.init();
                global.Jobs4AllI18N = Jobs4AllI18N;
            }(this));
        
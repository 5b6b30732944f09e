
            (function(global){
                var Jobs4AllI18N = {
                  init: function() {
                    
'use strict';
{
  const globals = this;
  const django = globals.django || (globals.django = {});

  
  django.pluralidx = function(n) {
    const v = (n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);
    if (typeof v === 'boolean') {
      return v ? 1 : 0;
    } else {
      return v;
    }
  };
  

  /* gettext library */

  django.catalog = django.catalog || {};
  
  const newcatalog = {
    "A new empty outcome was added at the end of the table.": "Na ko\u0144cu tabeli dodano nowy, pusty efekt uczenia si\u0119.",
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
    "Description (optional)": "Opis (opcjonalnie)",
    "Distractor {number}": "Distractor {number}",
    "Distractors: extra partners that match no term (optional)": "Distractors: extra partners that match no term (optional)",
    "ECVET unit": "jednostka ECVET",
    "EQF domain": "kategoria ERK",
    "EQF level": "poziom ERK",
    "Explanation, shown with the correct answer (HTML, optional)": "Explanation, shown with the correct answer (HTML, optional)",
    "Leave the question and guidance empty to use the framework\u2019s wording, which learners see in their language. You may change the word limits.": "Leave the question and guidance empty to use the framework\u2019s wording, which learners see in their language. You may change the word limits.",
    "Leave without sending your changes to the submitted entry?": "Leave without sending your changes to the submitted entry?",
    "Map this outcome": "Map this outcome",
    "Mapped outcomes and weights": "Mapped outcomes and weights",
    "Move {entry} down": "Move {entry} down",
    "Move {entry} up": "Move {entry} up",
    "Move {name} down": "Przesu\u0144 {name} w d\u00f3\u0142",
    "Move {name} up": "Przesu\u0144 {name} w g\u00f3r\u0119",
    "Move \u201c{name}\u201d down": "Move \u201c{name}\u201d down",
    "Move \u201c{name}\u201d up": "Move \u201c{name}\u201d up",
    "New entry": "New entry",
    "No questions yet. Choose a type and add one.": "No questions yet. Choose a type and add one.",
    "Not mapped to any outcome yet.": "Not mapped to any outcome yet.",
    "Not saved yet\u2026": "Not saved yet\u2026",
    "Not saved.": "Not saved.",
    "Nothing was saved": "Nie zapisano zmian",
    "Outcome to map": "Outcome to map",
    "Outcome {number}: {field}": "Efekt uczenia si\u0119 nr {number}: {field}",
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
    "Remove {name}": "Usu\u0144 {name}",
    "Remove \u201c{name}\u201d": "Remove \u201c{name}\u201d",
    "Removed. It is deleted when you save.": "Removed. It is deleted when you save.",
    "Save changes": "Save changes",
    "Saved.": "Saved.",
    "Saved: {count} outcomes.": "Zapisano. Liczba efekt\u00f3w uczenia si\u0119: {count}.",
    "Saved: {count} questions.": "Saved: {count} questions.",
    "Saving": "Zapisywanie",
    "Saving\u2026": "Saving\u2026",
    "Something went wrong. Nothing was recorded.": "Something went wrong. Nothing was recorded.",
    "Something went wrong. Nothing was saved.": "Wyst\u0105pi\u0142 b\u0142\u0105d. Nie zapisano \u017cadnych zmian.",
    "Step {number}": "Step {number}",
    "Steps, in the correct order (learners see them shuffled)": "Steps, in the correct order (learners see them shuffled)",
    "Submit entry": "Submit entry",
    "Submitting\u2026": "Submitting\u2026",
    "Text you had not saved on your last visit was restored.": "Text you had not saved on your last visit was restored.",
    "The course has no Learning Outcomes Matrix yet, so the ids cannot be checked now.": "The course has no Learning Outcomes Matrix yet, so the ids cannot be checked now.",
    "The course has no Learning Outcomes Matrix yet: there is nothing to map to.": "The course has no Learning Outcomes Matrix yet: there is nothing to map to.",
    "The pathway was saved.": "The pathway was saved.",
    "The server could not be reached. Check your connection; nothing was lost on this page.": "Nie uda\u0142o si\u0119 po\u0142\u0105czy\u0107 z serwerem. Prosz\u0119 sprawdzi\u0107 po\u0142\u0105czenie z internetem \u2013 dane na tej stronie nie zosta\u0142y utracone.",
    "The table now shows the prompts of \u201c{name}\u201d.": "The table now shows the prompts of \u201c{name}\u201d.",
    "Unmap {outcome}": "Unmap {outcome}",
    "Untitled entry": "Untitled entry",
    "Weight for {outcome}": "Weight for {outcome}",
    "Write each question in the language of the course; learners see it as written.": "Write each question in the language of the course; learners see it as written.",
    "Your answer to \u201c{prompt}\u201d has {count} characters; at most {limit} can be saved. It was not saved: please shorten it (your text is still here).": "Your answer to \u201c{prompt}\u201d has {count} characters; at most {limit} can be saved. It was not saved: please shorten it (your text is still here).",
    "Your draft \u201c{title}\u201d": "Your draft \u201c{title}\u201d",
    "Your prompts": "Your prompts",
    "Your text could not be saved. It is still here; please try again.": "Your text could not be saved. It is still here; please try again.",
    "area": "obszar",
    "correct": "correct",
    "description": "opis",
    "feedback when chosen (HTML)": "feedback when chosen (HTML)",
    "guidance": "guidance",
    "id": "ID",
    "matching partner": "matching partner",
    "maximum words": "maximum words",
    "minimum words": "minimum words",
    "module": "modu\u0142",
    "none: the CSV names the area": "brak (obszar jest podany w pliku CSV)",
    "not in the course's matrix": "not in the course's matrix",
    "outcome {number}": "efekt uczenia si\u0119 nr {number}",
    "prompt {number}": "prompt {number}",
    "question": "question",
    "term": "term",
    "text": "text",
    "title": "tytu\u0142",
    "{count} more word needed": [
      "{count} more word needed",
      "{count} more words needed",
      ""
    ],
    "{count} outcomes imported into the table. Check them, then save.": "Liczba efekt\u00f3w uczenia si\u0119 zaimportowanych do tabeli: {count}. Prosz\u0119 je sprawdzi\u0107, a nast\u0119pnie zapisa\u0107.",
    "{count} word": [
      "{count} word",
      "{count} words",
      ""
    ],
    "{count} word over the limit": [
      "{count} word over the limit",
      "{count} words over the limit",
      ""
    ],
    "{entry} moved down.": "{entry} moved down.",
    "{entry} moved up.": "{entry} moved up.",
    "{entry} removed. It is deleted when you save.": "{entry} removed. It is deleted when you save.",
    "{entry}: {field}": "{entry}: {field}",
    "{name} loaded. Choose \"Replace the table\" to use it.": "Wczytano plik {name}. Aby u\u017cy\u0107 jego danych, prosz\u0119 klikn\u0105\u0107 \u201eZast\u0105p tabel\u0119 danymi CSV\u201d.",
    "{name} moved down to position {position}.": "Przesuni\u0119to {name} w d\u00f3\u0142, na pozycj\u0119 {position}.",
    "{name} moved up to position {position}.": "Przesuni\u0119to {name} w g\u00f3r\u0119, na pozycj\u0119 {position}.",
    "{name} removed. It is deleted when you save.": "Usuni\u0119to {name} z tabeli. Efekt zostanie trwale usuni\u0119ty po zapisaniu zmian.",
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
    "DATETIME_FORMAT": "j E Y H:i",
    "DATETIME_INPUT_FORMATS": [
      "%d.%m.%Y %H:%M:%S",
      "%d.%m.%Y %H:%M:%S.%f",
      "%d.%m.%Y %H:%M",
      "%Y-%m-%d %H:%M:%S",
      "%Y-%m-%d %H:%M:%S.%f",
      "%Y-%m-%d %H:%M",
      "%Y-%m-%d"
    ],
    "DATE_FORMAT": "j E Y",
    "DATE_INPUT_FORMATS": [
      "%d.%m.%Y",
      "%d.%m.%y",
      "%y-%m-%d",
      "%Y-%m-%d"
    ],
    "DECIMAL_SEPARATOR": ",",
    "FIRST_DAY_OF_WEEK": 1,
    "MONTH_DAY_FORMAT": "j E",
    "NUMBER_GROUPING": 3,
    "SHORT_DATETIME_FORMAT": "d-m-Y  H:i",
    "SHORT_DATE_FORMAT": "d-m-Y",
    "THOUSAND_SEPARATOR": "\u00a0",
    "TIME_FORMAT": "H:i",
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
        